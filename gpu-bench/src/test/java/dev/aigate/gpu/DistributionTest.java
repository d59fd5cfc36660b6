package dev.aigate.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void summarisesOneToHundred() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add((double) i);
        }
        Distribution d = Distribution.of(values);

        assertThat(d.count()).isEqualTo(100);
        assertThat(d.mean()).isEqualTo(50.5);
        assertThat(d.min()).isEqualTo(1);
        assertThat(d.p50()).isEqualTo(50);
        assertThat(d.p99()).isEqualTo(99);
        assertThat(d.max()).isEqualTo(100);
    }

    @Test
    void skipsMissingReadingsAndHasNoSummaryWithoutAny() {
        assertThat(Distribution.of(Arrays.asList(null, 4.0, null, 2.0)).mean()).isEqualTo(3.0);
        assertThat(Distribution.of(Arrays.asList((Double) null, null))).isNull();
        assertThat(Distribution.of(List.of())).isNull();
    }
}
