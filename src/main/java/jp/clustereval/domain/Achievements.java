package jp.clustereval.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A cluster's reported results for a period (e.g. FY2002-2004), metric name to count, in report order. */
public record Achievements(String clusterCode, String period, Map<String, Long> metrics) {

    public Achievements {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
