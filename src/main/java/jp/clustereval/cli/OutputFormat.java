package jp.clustereval.cli;

/** How list commands print: an aligned table for people, CSV or JSON for scripts. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
