package jp.clustereval.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import jp.clustereval.AppInfo;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileException;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * One evaluator's grades as CSV for people who work in Excel: columns cluster, item, grade, comment;
 * UTF-8 with a BOM (so Japanese Excel opens it correctly). Imported with the same checks and merge
 * rules as a score file, shown as unsigned; a changed cluster becomes that sheet's next revision.
 */
public final class CsvExchangeService {

    public static final List<String> COLUMNS = List.of("cluster", "item", "grade", "comment");
    private static final String BOM = "\uFEFF";

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final ImportService imports;

    public CsvExchangeService(Database db, RoundService rounds, EvaluatorService evaluators, ImportService imports) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.imports = imports;
    }

    /** Writes every item of every cluster the evaluator has a sheet for (blank grade = not graded). */
    public int export(String evaluatorIdOrName, String roundId, Path out) {
        Round round = rounds.require(roundId);
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        Map<String, StoredSheet> sheets = db.query(c -> new SheetStateDao(c).round(round.id()));
        StringWriter text = new StringWriter();
        int rows = 0;
        try (CSVPrinter p = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            p.printRecord(COLUMNS);
            for (StoredSheet s : sheets.values().stream().filter(s -> s.evaluatorId().equals(e.id()))
                    .sorted(java.util.Comparator.comparing(StoredSheet::clusterCode)).toList()) {
                for (Item item : round.items().all()) {
                    if (item.isGradable() && item.appliesTo(s.clusterCode())) {
                        ItemEntry entry = s.entries().getOrDefault(item.id(), new ItemEntry(item.id(), null, "", ""));
                        p.printRecord(s.clusterCode(), item.id(), entry.grade() == null ? "" : entry.grade(), entry.comment());
                        rows++;
                    }
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ScoreFileExporter.write(out, (BOM + text).getBytes(StandardCharsets.UTF_8));
        return rows;
    }

    /**
     * Reads and checks a CSV and previews its import for the evaluator; a bad CSV is a rejected file.
     * The commit reads it again with the same parser (and refuses it if it changed since).
     */
    public ImportPreview preview(Path csv, String evaluatorIdOrName, String roundId, ImportOptions options) {
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        Round round = rounds.require(roundId);
        try {
            return imports.previewWith(List.of(csv), (name, bytes) -> parse(name, bytes, e, round), e, options);
        } catch (UserFacingException ex) {
            return new ImportPreview(List.of(FileReport.rejected(csv, null, ex, null, e, KeyStatus.UNSIGNED, null)), options);
        }
    }

    /** A CSV's bytes (read like a score file's: a regular file of at most 20 MB) as one evaluator's sheets. */
    static ParsedScoreFile parse(String fileName, byte[] bytes, Evaluator e, Round round) {
        String text = utf8(bytes);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        Map<String, List<ItemEntry>> byCluster = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord r : parser) {
                for (String cell : r) { // every cell, as every text of a score file: a cluster code of 19 MB is no code
                    if (cell.length() > ScoreFile.MAX_TEXT) {
                        throw new ScoreFileException("scorefile.textTooLong", "line " + r.getRecordNumber(), ScoreFile.MAX_TEXT);
                    }
                }
                if (header) {
                    List<String> names = r.toList().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(COLUMNS)) {
                        throw new ScoreFileException("csv.header", String.join(",", COLUMNS), String.join(",", r.toList()));
                    }
                    header = false;
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != COLUMNS.size()) {
                    throw new ScoreFileException("csv.columns", r.getRecordNumber(), r.size(), COLUMNS.size());
                }
                String cluster = r.get(0).strip().toUpperCase(Locale.ROOT);
                String item = r.get(1).strip();
                if (cluster.isEmpty() || item.isEmpty()) {
                    throw new ScoreFileException("csv.blank", r.getRecordNumber());
                }
                if (!seen.computeIfAbsent(cluster, k -> new LinkedHashSet<>()).add(item)) {
                    throw new ScoreFileException("scorefile.duplicateItem", item, cluster);
                }
                String grade = r.get(2).strip();
                byCluster.computeIfAbsent(cluster, k -> new ArrayList<>())
                        .add(new ItemEntry(item, grade.isEmpty() ? null : grade, r.get(3), ""));
            }
            if (header) {
                throw new ScoreFileException("scorefile.empty");
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
            throw new ScoreFileException(ex, "csv.malformed", ex.getMessage());
        }
        Instant now = Instant.now();
        List<ScoreSheet> sheets = new ArrayList<>();
        byCluster.forEach((cluster, items) -> sheets.add(new ScoreSheet(cluster, SheetStatus.DRAFT, 0, now, "", items, false)));
        ScoreFile content = new ScoreFile(ScoreFile.VERSION, AppInfo.version(), now, round.id(), RoundFingerprint.of(round),
                new EvaluatorInfo(e.id(), e.name(), e.affiliation(), ""), sheets);
        return new ParsedScoreFile(fileName, bytes, ScoreFileReader.sha256(bytes), content, null,
                ParsedScoreFile.SourceKind.CSV);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            throw new ScoreFileException(ex, "scorefile.notUtf8");
        }
    }
}
