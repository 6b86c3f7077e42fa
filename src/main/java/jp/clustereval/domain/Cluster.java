package jp.clustereval.domain;

import java.util.List;

/**
 * A knowledge cluster (or any evaluated area). The code is ours and stable: it is used in files,
 * on the command line and in the database.
 */
public record Cluster(String code, LocalizedText name, LocalizedText area, String prefectures,
                      List<String> fields, int startFiscalYear, String wideArea) {

    public Cluster {
        fields = List.copyOf(fields);
        wideArea = wideArea == null ? "" : wideArea;
    }
}
