package jp.clustereval.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.clustereval.domain.Ranking;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.service.Completeness;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.KeyStatus;
import jp.clustereval.service.SheetChange;
import jp.clustereval.ui.imports.ImportFileRow;

/**
 * Every key the code builds at run time from a literal prefix and a value (an enum constant's name,
 * a column of the seed data, a value the database allows), with the values that complete it. This is
 * the whole list: a key-shaped literal ending in '.' that is not one of these prefixes fails
 * {@link BundleConsistencyTest}, so a new built key is added here with its values, and a bundle key
 * under one of these prefixes that no value completes still counts as unused.
 */
final class DynamicKeys {

    /** The keys {@code prefix + completion} of one bundle, built where {@code builtBy} says. */
    record Family(String bundle, String prefix, Set<String> completions, String builtBy) {

        Set<String> keys() {
            return completions.stream().map(c -> prefix + c).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Dotted literals that name no bundle key: the settings file's own property names, file names. */
    static final Set<String> NOT_KEYS = Set.of(
            "database.default", "database.recent.", "backups.kept", "radar.series", // SettingsStore's file
            "settings.properties", "clusters.csv");                                  // file names

    private DynamicKeys() {
    }

    static List<Family> all(Path root) throws IOException {
        Set<String> metrics = seedMetrics(root);
        Set<String> textFields = names(ItemTextField.values(), ItemTextField::auditName);
        List<Family> all = new ArrayList<>();
        all.add(new Family("messages", "status.", names(SheetStatus.values(), SheetStatus::dbValue),
                "ClusterRow.statusText, SheetController, ConflictsViewModel.value (the stored status)"));
        all.add(new Family("messages", "field.", seedFields(root),
                "ClusterRow.fieldLabel: a research field of the seed clusters, letters only"));
        all.add(new Family("messages", "metric.", metrics,
                "EvidenceViewModel.metricLabel: a column of the seed achievements"));
        all.add(new Family("messages", "imports.change.", names(SheetChange.values(), Enum::name), "ImportFileRow, ImportSheetRow"));
        all.add(new Family("messages", "imports.key.", names(KeyStatus.values(), Enum::name), "ImportFileRow.keyKey"));
        all.add(new Family("messages", "imports.signature.", names(ImportFileRow.Signature.values(), Enum::name),
                "ImportFileRow.of"));
        all.add(new Family("messages", "imports.outcome.", names(FileOutcome.values(), Enum::name),
                "ImportFileRow.outcomeText"));
        all.add(new Family("messages", "completeness.state.", names(Completeness.State.values(), Enum::name),
                "CompletenessRow, CompletenessController"));
        all.add(new Family("messages", "roster.role.", Set.copyOf(jp.clustereval.service.RosterService.ROLES),
                "RosterViewModel.roleText: a role of the roster"));
        all.add(new Family("messages", "allocation.rule.", names(AllocationRule.values(), AllocationRule::tag),
                "AllocationController's rule choice"));
        all.add(new Family("messages", "allocation.tier.",
                names(Ranking.Tier.values(), t -> t.name().toLowerCase(Locale.ROOT)), "AllocationController's tier column"));
        all.add(new Family("messages", "comments.field.", textFields, "CommentsController's field column"));
        all.add(new Family("messages", "conflicts.field.",
                Set.of("status", "sheet_comment", "grade", "comment", "indication"),
                "ConflictsViewModel.line: the fields of ConflictService.view's lines"));
        all.add(new Family("messages", "keyList.trust.", keyTrustValues(root),
                "KeysViewModel: the trust values the evaluator_key table allows"));
        all.add(new Family("messages", "settings.radar.", Set.of("mine", "panel", "cohort"),
                "SettingsDialog.series: the radar series a user can show"));
        all.add(new Family("messages", "dialog.filter.", Set.of("ceweights", "pdf", "xlsx", "ceround"),
                "FxDialogService.chooseSaveFile: the extension of SAVE_WEIGHTS, SAVE_PDF, SAVE_XLSX"));
        all.add(new Family("messages", "weights.source.", Set.of("direct", "ahp", "file"),
                "HistoryLine.of: the sources it names (any other shows as direct)"));
        all.add(new Family("messages", "rounds.kind.", names(jp.clustereval.domain.RoundKind.values(),
                jp.clustereval.domain.RoundKind::code), "SwitchRoundViewModel.rowsOf, NewRoundController's kind choice"));
        all.add(new Family("messages", "rounds.state.", names(jp.clustereval.domain.RoundState.values(),
                jp.clustereval.domain.RoundState::code), "SwitchRoundViewModel.rowsOf"));
        all.add(new Family("messages", "rounds.editor.kind.", names(jp.clustereval.domain.ItemKind.values(), Enum::name),
                "ItemDialog's kind choice"));
        all.add(new Family("reports", "report.field.", textFields, "ReportService: a comment line's field"));
        all.add(new Family("reports", "report.metric.", metrics, "ReportText.metric: a column of the seed achievements"));
        all.add(new Family("reports", "report.allocation.rule.", names(AllocationRule.values(), AllocationRule::tag),
                "PanelReportPdf.allocation, DecisionRecordPdf.allocation: the rule"));
        all.add(new Family("reports", "report.allocation.tier.",
                names(Ranking.Tier.values(), t -> t.name().toLowerCase(Locale.ROOT)), "PanelReportPdf.allocation, DecisionRecordPdf.allocation: the tier column"));
        return all;
    }

    private static <T> Set<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> seedFields(Path root) throws IOException {
        Pattern notALetter = Pattern.compile("[^A-Za-z]");
        return seed(root, "clusters.csv").stream()
                .flatMap(r -> Stream.of(r.get("fields").split(";")))
                .map(String::strip).filter(f -> !f.isEmpty())
                .map(f -> notALetter.matcher(f).replaceAll(""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> seedMetrics(Path root) throws IOException {
        try (Reader r = Files.newBufferedReader(root.resolve("resources/seed/achievements_fy2002_2004.csv"), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            Set<String> columns = new TreeSet<>(p.getHeaderNames());
            columns.remove("code");
            return columns;
        }
    }

    private static List<CSVRecord> seed(Path root, String name) throws IOException {
        try (Reader r = Files.newBufferedReader(root.resolve("resources/seed").resolve(name), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    /** The values of the last {@code CHECK (trust IN (...))} among the migrations. */
    private static Set<String> keyTrustValues(Path root) throws IOException {
        Pattern check = Pattern.compile("CHECK\\s*\\(\\s*trust\\s+IN\\s*\\(([^)]*)\\)");
        Set<String> values = Set.of();
        try (Stream<Path> scripts = Files.list(root.resolve("resources/db"))) {
            for (Path script : scripts.filter(f -> f.toString().endsWith(".sql")).sorted(DynamicKeys::byVersion).toList()) {
                Matcher m = check.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (m.find()) {
                    values = Stream.of(m.group(1).split(",")).map(v -> v.strip().replace("'", ""))
                            .collect(Collectors.toCollection(TreeSet::new));
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("no CHECK (trust IN (...)) in resources/db: update DynamicKeys");
        }
        return values;
    }

    private static int byVersion(Path a, Path b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(Path script) {
        Matcher m = Pattern.compile("^V(\\d+)__").matcher(script.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
