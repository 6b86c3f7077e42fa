package jp.clustereval.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.clustereval.AppInfo;
import jp.clustereval.common.SpreadsheetCsv;
import jp.clustereval.common.AtomicFiles;
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
 * Cells that would start a formula are written with a leading apostrophe and read back to the
 * original text ({@link SpreadsheetCsv}), so export then import changes no text.
 */
public final class CsvExchangeService {

    public static final List<String> COLUMNS = List.of("cluster", "item", "grade", "comment");
    /** Commons CSV's texts for the two quoting mistakes (stable since 1.0, tested in CsvMessagesTest). */
    private static final Pattern QUOTE_THEN_TEXT =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: (\\d+)");
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
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
        SpreadsheetCsv csv = new SpreadsheetCsv(text, "\r\n").row(COLUMNS);
        for (StoredSheet s : sheets.values().stream().filter(s -> s.evaluatorId().equals(e.id()))
                .sorted(java.util.Comparator.comparing(StoredSheet::clusterCode)).toList()) {
            for (Item item : round.items().all()) {
                if (item.isGradable() && item.appliesTo(s.clusterCode())) {
                    ItemEntry entry = s.entries().getOrDefault(item.id(), new ItemEntry(item.id(), null, "", ""));
                    csv.row(java.util.Arrays.asList(s.clusterCode(), item.id(), entry.grade(), entry.comment()));
                    rows++;
                }
            }
        }
        csv.flush();
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
                List<String> cells = r.toList().stream().map(SpreadsheetCsv::restore).toList();
                if (header) {
                    List<String> names = cells.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(COLUMNS)) {
                        throw new ScoreFileException("csv.header", String.join(",", COLUMNS), String.join(",", cells));
                    }
                    header = false;
                    continue;
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (cells.size() != COLUMNS.size()) {
                    throw new ScoreFileException("csv.columns", r.getRecordNumber(), cells.size(), COLUMNS.size());
                }
                String cluster = cells.get(0).strip().toUpperCase(Locale.ROOT);
                String item = cells.get(1).strip();
                if (cluster.isEmpty() || item.isEmpty()) {
                    throw new ScoreFileException("csv.blank", r.getRecordNumber());
                }
                String comment = cells.get(3);
                if (!seen.computeIfAbsent(cluster, k -> new LinkedHashSet<>()).add(item)) {
                    throw new ScoreFileException("scorefile.duplicateItem", item, cluster);
                }
                String grade = cells.get(2).strip();
                byCluster.computeIfAbsent(cluster, k -> new ArrayList<>())
                        .add(new ItemEntry(item, grade.isEmpty() ? null : grade, comment, ""));
            }
            if (header) {
                throw new ScoreFileException("scorefile.empty");
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
            throw malformed(ex);
        }
        Instant now = Instant.now();
        List<ScoreSheet> sheets = new ArrayList<>();
        byCluster.forEach((cluster, items) -> sheets.add(new ScoreSheet(cluster, SheetStatus.DRAFT, 0, now, "", items, false)));
        ScoreFile content = new ScoreFile(ScoreFile.VERSION, AppInfo.version(), now, round.id(), RoundFingerprint.of(round),
                new EvaluatorInfo(e.id(), e.name(), e.affiliation(), ""), sheets);
        return new ParsedScoreFile(fileName, bytes, ScoreFileReader.sha256(bytes), content, null,
                ParsedScoreFile.SourceKind.CSV);
    }

    /**
     * What is wrong with a CSV that Commons CSV cannot parse, in words: its exceptions arrive
     * wrapped (an UncheckedIOException around a CSVException), whose text would show Java class
     * names. The two quoting mistakes a spreadsheet user makes get their own message; any other
     * says the parser's own text (line numbers and positions only, never the file's content).
     */
    static ScoreFileException malformed(Exception ex) {
        Throwable inner = ex;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        String text = String.valueOf(inner.getMessage());
        Matcher m = QUOTE_THEN_TEXT.matcher(text);
        if (m.find()) {
            return new ScoreFileException(ex, "csv.quoteThenText", Long.parseLong(m.group(1)));
        }
        m = UNCLOSED_QUOTE.matcher(text);
        if (m.find()) {
            return new ScoreFileException(ex, "csv.unclosedQuote", Long.parseLong(m.group(1)));
        }
        return new ScoreFileException(ex, "csv.malformed", text);
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
