package dev.aigate.prompts.exec;

import java.util.List;

/**
 * Everything one side (baseline or candidate) produced.
 *
 * @param side                baseline or candidate
 * @param target              where its requests went
 * @param attempts            every repeat of every case run, in suite order
 * @param skippedByBudget     attempts not sent because {@code --max-cost} would have been passed
 * @param costUsd             what the side's calls cost (the grader's spend is accounted apart)
 * @param rateLimitReductions how often the adaptive limiter halved concurrency after a 429
 * @param interrupted         whether Ctrl-C stopped the run early
 */
public record SideRun(String side, String target, List<Attempt> attempts, long skippedByBudget, double costUsd,
                      int rateLimitReductions, boolean interrupted) {

    public SideRun {
        attempts = List.copyOf(attempts);
    }
}
