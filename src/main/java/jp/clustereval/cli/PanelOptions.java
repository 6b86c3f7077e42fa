package jp.clustereval.cli;

import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.service.PanelService;
import picocli.CommandLine.Option;

/** The options that choose what the panel figures are computed over. */
final class PanelOptions {

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Option(names = "--cohort", paramLabel = "fy2002|fy2003|fy2004|all|kansai|kyushu|field:NAME",
            description = "The clusters compared and ranked (default: the round's cohort, see 'clusters --round').")
    String cohort;

    @Option(names = "--calibrated", description = "Use calibrated grades (z-score per evaluator, back on the 1-4 scale).")
    boolean calibrated;

    @Option(names = "--include-partial",
            description = "Count unfinished sheets too (the old behaviour); every row says so in a last column sheets.")
    boolean includePartial;

    PanelService.Scope scope(String resolvedRoundId) {
        return new PanelService.Scope(resolvedRoundId, CohortSpec.parse(cohort), true, calibrated, includePartial);
    }

    /** The table as printed: with --include-partial a last column {@code sheets} = partial-included on every row. */
    Tabular marked(Tabular table) {
        return includePartial ? table.withConstantColumn("sheets", PanelResultsPrinter.PARTIAL_INCLUDED) : table;
    }
}
