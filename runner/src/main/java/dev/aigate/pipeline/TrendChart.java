package dev.aigate.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trend chart across builds, oldest first, in the whole numbers ECharts' build trends take.
 *
 * @param title           what the chart shows, with its unit
 * @param labels          one per build: its name, with {@value BuildTrend#REGRESSED_MARK} after a regressed build
 * @param buildNumbers    one per build
 * @param series          per series label, one value per build (null where a build lacks the figure)
 * @param regressedBuilds numbers of the builds whose verdict is worse than the build's before
 */
public record TrendChart(String title, List<String> labels, List<Integer> buildNumbers,
        Map<String, List<Integer>> series, List<Integer> regressedBuilds) {

    public TrendChart {
        labels = List.copyOf(labels);
        buildNumbers = List.copyOf(buildNumbers);
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        regressedBuilds = List.copyOf(regressedBuilds);
    }
}
