package jp.clustereval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Language;
import jp.clustereval.service.MissingCsv;
import jp.clustereval.service.MissingEvaluators;
import jp.clustereval.service.MissingReminder;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@ReadsOnly
@Command(name = "missing", mixinStandardHelpOptions = true,
        description = {"Who is missing: the round's rostered evaluators who handed nothing in (state none) or whose",
                "assigned units are not all graded (state partial), with affiliation, e-mail and the units owed.",
                "--reminder prints a reminder text to each of them instead, ready to copy into an e-mail."})
final class MissingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Mixin
    TableFormat output;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Also write the list as CSV (UTF-8 with BOM) to this file, as the desktop's export does.")
    Path out;

    @Option(names = "--reminder", description = "Print a reminder text per missing evaluator instead of the list.")
    boolean reminder;

    @Option(names = "--lang", paramLabel = "ja|en", converter = LanguageConverter.class,
            description = "Language of the reminder (default: ja).")
    Language language = Language.JA;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            MissingEvaluators m = s.missing().of(roundId);
            PrintWriter print = spec.commandLine().getOut();
            if (out != null) {
                MissingCsv.write(m, out);
            }
            if (m.nobody() && (reminder || output.isTable())) {
                // csv and json stay data: a header alone, an empty array
                print.println("Nobody is missing in round " + SafeText.line(m.roundId())
                        + ": every rostered evaluator's units are graded.");
            } else if (reminder) {
                print.print(SafeText.lines(MissingReminder.all(m, language)));
            } else {
                output.print(table(m));
            }
            print.flush();
        }
        return Cli.OK;
    }

    static Tabular table(MissingEvaluators m) {
        Tabular t = new Tabular(MissingCsv.COLUMNS);
        m.rows().forEach(r -> t.add(MissingCsv.cells(r)));
        return t;
    }
}
