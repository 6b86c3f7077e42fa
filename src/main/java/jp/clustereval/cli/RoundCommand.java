package jp.clustereval.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Finalisation;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.RoundSummary;
import jp.clustereval.service.RoundSetupService;
import jp.clustereval.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "round", mixinStandardHelpOptions = true,
        description = {"The evaluation rounds of the database: list them, make one (from another round or from a",
                "definition file), print one's definition, choose the current round (every command's default)."},
        subcommands = {RoundCommand.ListRounds.class, RoundCommand.Create.class, RoundCommand.Show.class,
                RoundCommand.Use.class, RoundCommand.Define.class, RoundCommand.Rename.class, RoundPackageCommands.Package.class,
                RoundPackageCommands.Open.class, RoundCommand.Finalise.class, RoundCommand.Reopen.class})
final class RoundCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'round list', 'round create', 'round show', 'round use', 'round define', 'round rename', 'round package', 'round open', 'round finalise' or 'round reopen'");
    }

    @ReadsOnly
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Every round: state = preparing until a sheet of the round is stored (its grading definition can",
                    "change), grading from then on; units = how many it evaluates; cohort = how many form its cohort;",
                    "current = the round commands take when --round is left out."})
    static final class ListRounds implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        TableFormat output;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Tabular t = new Tabular(List.of("id", "name_ja", "name_en", "kind", "state", "units", "cohort", "current"));
                for (RoundSummary r : s.roundSetup().list()) {
                    t.add(Arrays.asList(r.id(), r.name().ja(), r.name().en(), r.kind().code(), r.state().code(),
                            r.units(), r.cohort(), r.current() ? "yes" : "no"));
                }
                output.print(t);
            }
            return Cli.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Make a round as a copy of another (--from) or from a definition file (--definition, the JSON",
                    "'round show' prints), optionally with other units (a CSV with the columns of clusters.csv) and another",
                    "cohort. The whole round is checked before anything is stored."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The new round's id.")
        String id;

        @Option(names = "--name-ja", required = true, paramLabel = "TEXT", description = "Its Japanese name.")
        String nameJa;

        @Option(names = "--name-en", required = true, paramLabel = "TEXT", description = "Its English name.")
        String nameEn;

        @Option(names = "--kind", paramLabel = "mid-term|final|other",
                description = "What it evaluates (default: the --from round's kind, mid-term for a definition file).")
        String kind;

        @Mixin
        DefinitionSource source;

        @Override
        public Integer call() {
            RoundKind k = kind == null ? null : RoundKind.of(kind.strip())
                    .orElseThrow(() -> new UserFacingException("round.kindUnknown", kind));
            try (Services s = Commands.root(spec).openServices()) {
                RoundSetupService setup = s.roundSetup();
                RoundDefinition made = setup.create(new RoundSetupService.NewRound(id, new LocalizedText(nameJa, nameEn), k,
                        source.from, source.definition(setup), source.units(setup), source.cohort), ScoreFileCommands.ACTOR);
                printMade(spec, "made", made);
            }
            return Cli.OK;
        }
    }

    @Command(name = "define", mixinStandardHelpOptions = true,
            description = {"Replace a round's grading definition (units, items, axes, scale, cohort, weights) with another",
                    "round's (--from) or a definition file's, only while no sheet of the round is stored; its names, kind,",
                    "roster and assignments stay."})
    static final class Define implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Mixin
        DefinitionSource source;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                RoundSetupService setup = s.roundSetup();
                RoundDefinition made = setup.redefine(new RoundSetupService.Redefinition(roundId, source.from,
                        source.definition(setup), source.units(setup), source.cohort), ScoreFileCommands.ACTOR);
                printMade(spec, "defined", made);
            }
            return Cli.OK;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = {"Give a round other texts, also after its first grade: its names (--name-ja, --name-en) and the",
                    "names, descriptions and wording of a definition file whose units, items, axes, scale, cohort and",
                    "weights are the stored ones ('round show' prints it). Anything else that differs is refused."})
    static final class Rename implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--definition", paramLabel = "FILE.json", description = "The round's definition file with the new texts.")
        Path definition;

        @Option(names = "--name-ja", paramLabel = "TEXT", description = "The round's new Japanese name.")
        String nameJa;

        @Option(names = "--name-en", paramLabel = "TEXT", description = "The round's new English name.")
        String nameEn;

        @Override
        public Integer call() {
            if (definition == null && nameJa == null && nameEn == null) {
                throw new ParameterException(spec.commandLine(),
                        "round rename needs new texts: --definition FILE.json, --name-ja TEXT or --name-en TEXT");
            }
            try (Services s = Commands.root(spec).openServices()) {
                RoundSetupService setup = s.roundSetup();
                RoundDefinition texts = definition == null ? null : setup.readDefinition(definition);
                LocalizedText name = null;
                if (nameJa != null || nameEn != null) {
                    LocalizedText stored = setup.definition(roundId).round().name();
                    name = new LocalizedText(nameJa != null ? nameJa : stored.ja(), nameEn != null ? nameEn : stored.en());
                }
                String id = s.rounds().require(roundId).id();
                int changed = setup.rename(new RoundSetupService.Renaming(id, name, texts), ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().printf(changed == 0 ? "round %s: no text differs, nothing changed%n"
                        : "round %s renamed: %d %s changed%n", SafeText.line(id), changed, changed == 1 ? "text" : "texts");
            }
            return Cli.OK;
        }
    }

    /** Where a round's grading definition comes from, for 'round create' and 'round define' alike. */
    static final class DefinitionSource {
        @Option(names = "--from", paramLabel = "ROUND_ID",
                description = "The round whose definition to take (units, cohort, weights with it).")
        String from;

        @Option(names = "--definition", paramLabel = "FILE.json", description = "A round definition file.")
        Path definition;

        @Option(names = "--units", paramLabel = "FILE.csv", description = "Other units (the columns of clusters.csv).")
        Path units;

        @Option(names = "--cohort", split = ",", paramLabel = "CODE", description = "The cohort's unit codes.")
        List<String> cohort;

        RoundDefinition definition(RoundSetupService setup) {
            return definition == null ? null : setup.readDefinition(definition);
        }

        List<Cluster> units(RoundSetupService setup) {
            return units == null ? null : setup.readUnits(units);
        }
    }

    private static void printMade(CommandSpec spec, String verb, RoundDefinition made) {
        spec.commandLine().getOut().printf("round %s %s: %d units, cohort %d, %d graded items%n",
                SafeText.line(made.id()), verb, made.units().size(), made.round().cohort().size(),
                made.round().items().gradedItems(null).size());
    }

    @ReadsOnly
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print a round's definition file (JSON, docs/round-definition.md), as 'round create --definition' reads it.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--format", defaultValue = "json", paramLabel = "json", description = "json (the only one)")
        String format;

        @Override
        public Integer call() {
            if (!"json".equals(format)) {
                throw new ParameterException(spec.commandLine(), "round show prints JSON only: --format json");
            }
            try (Services s = Commands.root(spec).openServices()) {
                spec.commandLine().getOut().print(new String(s.roundSetup().definitionFile(roundId), StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            }
            return Cli.OK;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true,
            description = "Make a round the current one: every command (and the desktop) takes it when --round is left out.")
    static final class Use implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The round.")
        String roundId;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                s.roundSetup().use(roundId, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("current round: " + SafeText.line(s.rounds().currentId()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "finalise", mixinStandardHelpOptions = true,
            description = {"Finalise a round in the name of a chair of its roster: from now on its grades, imports, weights,",
                    "conflicts of interest, conflict decisions, allocation settings, definition, roster, assignments and",
                    "evidence are refused until 'round reopen'. Recorded in the round's audit."})
    static final class Finalise implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--by", required = true, paramLabel = "ID|NAME", description = "The chair who finalises it (on the round's roster as chair).")
        String by;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                Finalisation f = s.finalisation().finalise(roundId, by, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().printf("round %s finalised by %s at %s%n", SafeText.line(f.roundId()),
                        SafeText.line(f.chairName()), f.at());
            }
            return Cli.OK;
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "Reopen a final round: its figures can change again. Who, when and why are recorded in the round's audit.")
    static final class Reopen implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--round", paramLabel = "ID", description = "The round (default: the current round).")
        String roundId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is reopened (one line, recorded).")
        String reason;

        @Override
        public Integer call() {
            try (Services s = Commands.root(spec).openServices()) {
                s.finalisation().reopen(roundId, reason, ScoreFileCommands.ACTOR);
                spec.commandLine().getOut().println("round " + SafeText.line(s.rounds().require(roundId).id()) + " reopened");
            }
            return Cli.OK;
        }
    }
}
