package jp.clustereval.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Achievements;

/**
 * An evidence CSV (the columns of the shared achievements_fy2002_2004.csv): the first column
 * {@code code} (a unit of the round), then one or more of the {@link #METRICS known metric columns}
 * in any order, each at most once; a column of any other name refuses the file. Every other line is one unit:
 * its code given once, every cell a whole number from 0 to 999,999,999,999,999 written in the digits
 * 0-9 only. Strict UTF-8 (a byte order mark is allowed), RFC 4180 quoting. Any fault refuses the
 * whole file, naming the line. The metrics of a unit are kept in the order of {@link #METRICS}.
 */
final class EvidenceCsv {

    /** The metric columns a file may have, in report order (those of the shared achievements file). */
    static final List<String> METRICS = List.of("papers_domestic", "papers_overseas", "awards", "patents_domestic_filed",
            "patents_domestic_granted", "patents_overseas_filed", "patents_overseas_granted", "adopted_by_other_programs",
            "commercializations", "revenue_thousand_yen", "press_newspaper", "press_tv", "press_magazine");

    static final String CODE = "code";

    private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*[0-9]+");
    /** A cell shown in a message is cut to this many characters. */
    private static final int SHOWN = 40;

    private EvidenceCsv() {
    }

    /** The file's units with their figures for the period, in the file's order. */
    static List<Achievements> read(byte[] bytes, String period) {
        String text = utf8(bytes);
        List<Achievements> units = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(new StringReader(text))) {
            List<String> columns = parser.getHeaderNames();
            checkHeader(columns);
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                if (r.size() != columns.size()) {
                    throw new UserFacingException("evidence.csvCells", line, r.size(), columns.size());
                }
                String code = r.get(0).strip();
                if (code.isEmpty()) {
                    throw new UserFacingException("evidence.csvNoCode", line);
                }
                Long earlier = firstLine.putIfAbsent(code, line);
                if (earlier != null) {
                    throw new UserFacingException("evidence.csvCodeTwice", shown(code), earlier, line);
                }
                Map<String, Long> byColumn = new HashMap<>();
                for (int i = 1; i < columns.size(); i++) {
                    byColumn.put(columns.get(i), count(r.get(i), line, columns.get(i)));
                }
                Map<String, Long> metrics = new LinkedHashMap<>();
                METRICS.stream().filter(byColumn::containsKey).forEach(m -> metrics.put(m, byColumn.get(m)));
                units.add(new Achievements(code, period, metrics));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException | IllegalArgumentException e) {
            String what = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new UserFacingException(e, "csv.malformed", what);
        }
        if (units.isEmpty()) {
            throw new UserFacingException("evidence.csvEmpty");
        }
        return units;
    }

    private static String utf8(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "evidence.csvNotUtf8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void checkHeader(List<String> columns) {
        if (columns.isEmpty() || !CODE.equals(columns.get(0))) {
            throw new UserFacingException("evidence.csvFirstColumn", columns.isEmpty() ? "" : shown(columns.get(0)));
        }
        for (String column : columns.subList(1, columns.size())) {
            if (!METRICS.contains(column)) {
                throw new UserFacingException("evidence.csvUnknownColumn", shown(column), String.join(",", METRICS));
            }
        }
        if (columns.size() < 2) {
            throw new UserFacingException("evidence.csvNoMetric", String.join(",", METRICS));
        }
    }

    private static long count(String cell, long line, String column) {
        String value = cell.strip();
        if (COUNT.matcher(value).matches()) {
            return Long.parseLong(value);
        }
        if (NEGATIVE.matcher(value).matches()) {
            throw new UserFacingException("evidence.csvNegative", line, column, shown(value));
        }
        throw new UserFacingException("evidence.csvNotCount", line, column, shown(value));
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
