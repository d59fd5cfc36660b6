package dev.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aigate.bench.RunOptions;
import org.junit.jupiter.api.Test;

/** How long a signalled run may take to write its partial results before the JVM exits. */
class InterruptibleTest {

    /**
     * On Ctrl-C a benchmark gives requests in flight its drain timeout, then writes the reports. A hook that stopped
     * waiting at the drain timeout let the JVM exit with no result at all when a target hung (exit 130, empty
     * output): the case where a user presses Ctrl-C. {@code SignalTest} covers the signal end to end; a hanging
     * target would make it wait out the 30 s drain.
     */
    @Test
    void holdsTheJvmForTheReportsLongerThanABenchmarkDrainsItsRequests() {
        assertThat(Interruptible.GRACE).isGreaterThan(RunOptions.DEFAULT.drainTimeout());
    }
}
