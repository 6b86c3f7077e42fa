package jp.clustereval.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;

/**
 * A database with two rounds: the seeded mid-term round (18 clusters, cohort of 12) and a City Area
 * round "city" of three other units (cohort CA01, CA02), made as the secretariat makes it
 * ({@code round create --from mid-fy2004 --units FILE.csv --cohort CA01,CA02}).
 */
public final class TwoRounds {

    public static final String CITY = "city";
    public static final String MID = "mid-fy2004";
    public static final List<String> CITY_UNITS = List.of("CA01", "CA02", "CA03");
    public static final String CITY_AREAS_CSV = "code,name_ja,name_en,area_ja,area_en,prefecture_en,fields,start_fy,wide_area\n"
            + "CA01,札幌北部エリア,Sapporo North Area,札幌,Sapporo,Hokkaido,IT;Life Sciences,2005,\n"
            + "CA02,函館エリア,Hakodate Area,函館,Hakodate,Hokkaido,Life Sciences,2005,\n"
            + "CA03,富山高岡エリア,Toyama Takaoka Area,富山,Toyama,Toyama,Nanotech/Materials,2006,\n";
    /** The graded items of every unit of both rounds (the seed's item tree, copied). */
    public static final List<String> ITEMS = ScoreFileFixture.ITEMS;

    private TwoRounds() {
    }

    /** Adds the City Area round to the database of these services. */
    public static void addCityRound(Services s, Path dir) {
        try {
            Path csv = Files.writeString(dir.resolve("city-areas.csv"), CITY_AREAS_CSV, StandardCharsets.UTF_8);
            s.roundSetup().create(new RoundSetupService.NewRound(CITY, new LocalizedText("都市エリア", "City Area"),
                    RoundKind.OTHER, MID, null, s.roundSetup().readUnits(csv), List.of("CA01", "CA02")), "test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Grades every item of the unit in the round with one grade. */
    public static void gradeAll(Services s, String round, String evaluatorId, String unit, String grade) {
        for (String item : ITEMS) {
            s.grading().setGrade(new SheetKey(round, evaluatorId, unit), item, grade, "test");
        }
    }
}
