package dev.aigate.prompts.analysis;

import dev.aigate.prompts.exec.Attempt;
import dev.aigate.stats.Interval;
import dev.aigate.stats.WilsonInterval;
import java.util.Comparator;
import java.util.List;

/**
 * One case on one side over its repeats: how many passed, the Wilson interval of its pass rate, and its class.
 * The case <em>passes</em> when most of its judged repeats pass; that is the outcome paired with the other side.
 *
 * @param passes repeats that passed
 * @param judged repeats that produced an answer (errors excluded)
 * @param errors repeats whose call failed
 */
public record CaseSummary(String caseId, long passes, long judged, long errors, Interval interval,
                          List<Attempt> attempts) {

    public CaseSummary {
        attempts = attempts.stream().sorted(Comparator.comparingInt(Attempt::repeat)).toList();
    }

    public static CaseSummary of(String caseId, List<Attempt> attempts, double confidence) {
        long judged = attempts.stream().filter(a -> !a.errored()).count();
        long passes = attempts.stream().filter(a -> !a.errored() && a.pass()).count();
        long errors = attempts.size() - judged;
        return new CaseSummary(caseId, passes, judged, errors, WilsonInterval.of(passes, judged, confidence), attempts);
    }

    public CaseClass caseClass() {
        if (judged == 0) {
            return CaseClass.NO_DATA;
        }
        return passes == judged ? CaseClass.STABLE_PASS : passes == 0 ? CaseClass.STABLE_FAIL : CaseClass.FLAKY;
    }

    public boolean judgedAtAll() {
        return judged > 0;
    }

    /** Majority of judged repeats passed. */
    public boolean passed() {
        return 2 * passes > judged;
    }

    public double passRate() {
        return judged == 0 ? Double.NaN : (double) passes / judged;
    }

    /** A representative answer: the first failing one when the case failed, else the first passing one. */
    public Attempt example() {
        boolean wantPass = passed();
        return attempts.stream().filter(a -> !a.errored() && a.pass() == wantPass).findFirst()
                .orElse(attempts.isEmpty() ? null : attempts.get(0));
    }
}
