package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * "Every existing command takes --round ID and defaults to the current round": every command that
 * works on a round has the option; the others are named here, each with why it has none.
 */
class RoundOptionCliTest {

    /** Commands that work on no round, or whose round comes from elsewhere. */
    private static final Set<String> WITHOUT_ROUND = Set.of(
            "cluster-eval backup", "cluster-eval backup list", "cluster-eval backup restore", // the whole database
            "cluster-eval evaluator", "cluster-eval evaluator add", "cluster-eval evaluator list", // people, not rounds
            "cluster-eval keys", "cluster-eval keys list", "cluster-eval keys pin", "cluster-eval keys own",
            "cluster-eval generate", // a synthetic database of its own
            "cluster-eval import", // each score file names its round (and its fingerprint)
            "cluster-eval weights import", // the weights file names its round
            "cluster-eval round", "cluster-eval round list", "cluster-eval round use", // every round / names it
            "cluster-eval round create", // makes a round (--id, --from)
            "cluster-eval round open", // the package names its round
            "cluster-eval chart compare", // --rounds EARLIER,LATER names both rounds
            "cluster-eval files", "cluster-eval files export", "cluster-eval conflicts show", "cluster-eval conflicts resolve", // an id names the file or conflict, and its round
            "cluster-eval restore", // the whole database
            "cluster-eval conflicts", "cluster-eval coi", "cluster-eval comments", "cluster-eval chart",
            "cluster-eval report", "cluster-eval roster", "cluster-eval weights", "cluster-eval assign", "cluster-eval evidence",
            "cluster-eval notes"); // groups

    @Test
    void everyCommandOnARoundTakesTheRoundOption() {
        List<String> missing = new ArrayList<>();
        walk(new CommandLine(new RootCommand(null)), missing);
        assertEquals(List.of(), missing, "commands without --round");
    }

    private static void walk(CommandLine cl, List<String> missing) {
        String name = cl.getCommandSpec().qualifiedName();
        if (cl.getCommandSpec().findOption("--round") == null && !WITHOUT_ROUND.contains(name)
                && !name.equals("cluster-eval")) {
            missing.add(name);
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, missing));
    }
}
