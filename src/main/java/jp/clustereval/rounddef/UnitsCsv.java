package jp.clustereval.rounddef;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.LocalizedText;

/**
 * A round's units from a CSV with the columns of the seed's clusters.csv (code, name_ja, name_en,
 * area_ja, area_en, prefecture_en, fields (';'-separated), start_fy, wide_area), e.g. the City
 * Areas of a later programme. The header names the columns; code, name_ja, name_en and start_fy
 * are required, the others may be left out, and any other column is refused. Whether the units
 * are valid for a round (codes, names, a code twice) is {@code RoundRules}'.
 */
public final class UnitsCsv {

    public static final List<String> COLUMNS = List.of("code", "name_ja", "name_en", "area_ja", "area_en",
            "prefecture_en", "fields", "start_fy", "wide_area");
    public static final List<String> REQUIRED = List.of("code", "name_ja", "name_en", "start_fy");
    /** 100,000 units of about 250 bytes. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private UnitsCsv() {
    }

    public static List<Cluster> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("rounddef.unitsTooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "rounddef.unitsNotUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Cluster> units = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get()
                .parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    throw new UserFacingException("rounddef.unitsColumn", column, String.join(",", COLUMNS));
                }
            }
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    throw new UserFacingException("rounddef.unitsMissingColumn", column, String.join(",", REQUIRED));
                }
            }
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new UserFacingException("csv.columns", r.getRecordNumber() + 1, r.size(), header.size());
                }
                units.add(unit(r.toMap(), r.getRecordNumber() + 1));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            String what = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new UserFacingException(e, "csv.malformed", what);
        }
        if (units.isEmpty()) {
            throw new UserFacingException("rounddef.unitsEmpty");
        }
        return units;
    }

    private static Cluster unit(Map<String, String> row, long line) {
        List<String> fields = Arrays.stream(row.getOrDefault("fields", "").split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        int startFy;
        try {
            startFy = Integer.parseInt(row.get("start_fy").strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("rounddef.unitsStartFy", line, row.get("start_fy"));
        }
        return new Cluster(row.get("code").strip(), new LocalizedText(row.get("name_ja"), row.get("name_en")),
                new LocalizedText(row.getOrDefault("area_ja", ""), row.getOrDefault("area_en", "")),
                row.getOrDefault("prefecture_en", ""), fields, startFy, row.getOrDefault("wide_area", ""));
    }
}
