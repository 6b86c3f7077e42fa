package jp.clustereval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.domain.Language;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.service.ReportService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports with the Japanese font embedded: a cluster's feedback (PDF), every cluster's feedback, the panel summary (PDF or xlsx), or a final round's decision record (signed JSON or PDF).",
        subcommands = {ReportCommand.ClusterReport.class, ReportCommand.FeedbackReports.class, ReportCommand.PanelReport.class,
                ReportCommand.DecisionReport.class})
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing report: use 'report cluster', 'report feedback --all', 'report panel' or 'report decision'");
    }

    /** Options both reports share. */
    static class Common {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
                description = "Language of the report (default: ja).")
        Language language = Language.JA;

        @Option(names = "--cohort", paramLabel = "fy2002|fy2003|fy2004|all|kansai|kyushu|field:NAME",
                description = "The clusters compared and ranked (default: the round's cohort, see 'clusters --round').")
        String cohort;

        @Option(names = "--calibrated", description = "Use calibrated grades (the report says so).")
        boolean calibrated;

        @Option(names = "--include-partial",
                description = "Count unfinished sheets too (the old behaviour); the report says so on its first page and beside each figure they change.")
        boolean includePartial;

        @Option(names = "--names", description = "Show the evaluators' names with their comments (default: hidden).")
        boolean names;

        @Option(names = "--draws", defaultValue = "1000", description = "Random weight draws of the sensitivity (default: ${DEFAULT-VALUE}).")
        int draws;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
        long seed;

        ReportService.Options options() {
            return new ReportService.Options(language, CohortSpec.parse(cohort), calibrated, names, draws, seed, includePartial);
        }
    }

    @ReadsOnly
    @Command(name = "cluster", mixinStandardHelpOptions = true,
            description = "One cluster's feedback: radar against the cohort, axis table, comments and indications, achievements.")
    static final class ClusterReport extends Common implements Callable<Integer> {
        @Option(names = "--cluster", required = true, paramLabel = "CODE", description = "Cluster code, e.g. SAP.")
        String cluster;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the report.")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                spec.commandLine().getOut().println(s.reports().clusterReport(roundId, cluster, out, options()).toAbsolutePath());
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "feedback", mixinStandardHelpOptions = true,
            description = {"Every feedback report of the round in one run: one PDF per cluster with results",
                    "(as 'report cluster' writes it), named by its code (SAP.pdf), into an existing folder."})
    static final class FeedbackReports extends Common implements Callable<Integer> {
        @Option(names = "--all", required = true, description = "Every cluster of the round (required: the command writes many files).")
        boolean all;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "An existing, writable folder.")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                List<Path> written = s.reports().feedbackReports(roundId, out, options());
                for (Path file : written) {
                    spec.commandLine().getOut().println(file.toAbsolutePath());
                }
                spec.commandLine().getOut().printf("%d feedback reports written%n", written.size());
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "panel", mixinStandardHelpOptions = true,
            description = {"The panel summary (PDF: ranking chart, small multiples, sensitivity, common issues, weights)",
                    "or the results workbook (xlsx: one sheet per view), chosen by the file name."})
    static final class PanelReport extends Common implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf|FILE.xlsx", description = "Where to write the report.")
        Path out;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                spec.commandLine().getOut().println(s.reports().panelReport(roundId, out, options()).toAbsolutePath());
            }
            return Cli.OK;
        }
    }

    @ReadsOnly
    @Command(name = "decision", mixinStandardHelpOptions = true,
            description = {"A finalised round's decision record: the weights and how they were set, conflicts of interest,",
                    "excluded and partial sheets, resolved conflicts and key decisions, the results with their sensitivity",
                    "verdicts, the allocation, the date and the chair. FILE.json: signed with the finalising chair's key",
                    "(docs/decision-record-format.md); FILE.pdf: the same for people, in --lang."})
    static final class DecisionReport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--out", required = true, paramLabel = "FILE.json|FILE.pdf", description = "Where to write the record.")
        Path out;

        @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
                description = "Language of the PDF (default: ja).")
        Language language = Language.JA;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                spec.commandLine().getOut().println(s.decisions().write(roundId, out, language).toAbsolutePath());
            }
            return Cli.OK;
        }
    }
}
