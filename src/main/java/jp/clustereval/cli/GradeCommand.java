package jp.clustereval.cli;

import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.GradingService;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade one item of a cluster for an evaluator (and optionally set the item's comment).")
final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--evaluator", required = true, paramLabel = "ID|NAME", description = "Evaluator id or name.")
    String evaluator;

    @Option(names = "--cluster", required = true, paramLabel = "CODE", description = "Cluster code, e.g. SAP.")
    String cluster;

    @Option(names = "--item", required = true, paramLabel = "ITEM_ID", description = "Item id, e.g. 1.1 or 1.2.1.")
    String item;

    @Option(names = "--grade", required = true, paramLabel = "S|A|B|C", description = "The grade, on the round's scale.")
    String grade;

    @Option(names = "--comment", paramLabel = "TEXT", description = "The item's comment (replaces the previous one).")
    String comment;

    @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
    String roundId;

    @Override
    public Integer call() {
        try (Services s = Commands.root(spec).openServices()) {
            Round round = s.rounds().require(roundId);
            Evaluator e = s.evaluators().resolve(evaluator);
            Cluster c = s.clusters().require(cluster);
            SheetKey key = new SheetKey(round.id(), e.id(), c.code());
            // validate everything before the first write, so a bad comment cannot leave a half change
            GradingService.gradeCode(round, grade);
            var data = s.grading().setGrade(key, item.trim(), grade, ScoreFileCommands.ACTOR);
            if (comment != null) {
                data = s.grading().setItemText(key, item.trim(), ItemTextField.COMMENT, comment, ScoreFileCommands.ACTOR);
            }
            spec.commandLine().getOut().printf("%s %s %s = %s (revision %d)%n", SafeText.line(e.name()), c.code(), item.trim(),
                    data.entry(item.trim()).grade(), data.sheet().revision());
        }
        return Cli.OK;
    }
}
