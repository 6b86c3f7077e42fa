package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteConfig;

import jp.clustereval.domain.ClusterResult;
import jp.clustereval.domain.Results;
import jp.clustereval.domain.Score;
import jp.clustereval.service.Services;

/**
 * Databases written by earlier versions of ClusterEval, kept as files in
 * {@code src/test/resources/migration-fixtures/} (its README.md says how each was made: the commit,
 * the commands), are brought up to this build's schema ({@link Migrator#latestVersion()}, whatever
 * it is) without losing or changing anything they held.
 *
 * <ul>
 * <li>{@code v1-evaluator.db}: schema V1. No released version wrote a V1-only file: V1 and V2 came
 * in the same commit (c0e308b). It was made with c0e308b's code with its migration index cut after
 * V1, through that commit's DAOs (it has no command line), so that the V1 to V2 step is tested on
 * its own.</li>
 * <li>{@code v2-chair.db}: schema V2, made with the command line of cb436ed (the first build with
 * signed score files): a panel chair's database with imported files, conflicts, keys, COI, CSV.</li>
 * <li>{@code v3-chair.db}: schema V3, the same story with 6bb2ca3's command line, plus weights,
 * comment tags and allocation settings.</li>
 * <li>{@code v6-chair.db}: schema V6, the same with 452deee's command line (the last build before V7's
 * rounds: one round, which evaluates every cluster).</li>
 * <li>{@code v4-chair.db}: schema V4, the same with de73498's command line (its sheet_score rows were
 * computed by that build).</li>
 * <li>{@code v7-chair.db}: schema V7, the same with 507a110's command line (the last build with one
 * achievements table for every round), plus a final round of three of the clusters and a City
 * Area round of two new units, both made from the mid-term round.</li>
 * </ul>
 *
 * <p>For each file: every row of every table it had is still there with the same values (read with
 * plain SQL from an untouched copy before migrating; evaluators, sheets and grades exactly, no more
 * and no less; the rows of the dropped achievement table as the evidence of every round that
 * evaluates their cluster), the recorded facts below hold, the derived sheet_score equals a recomputation, the
 * migration made a backup of the old content first, results equal hand-computed figures, opening
 * it again writes nothing, and a read-only copy is refused untouched.
 */
class MigrationFixturesTest {

    private static final String ROUND = "mid-fy2004";
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    static Stream<String> fixtures() {
        return Stream.of("v1-evaluator.db", "v2-chair.db", "v3-chair.db", "v4-chair.db", "v6-chair.db", "v7-chair.db");
    }

    // ---- what every fixture must survive

    @ParameterizedTest
    @MethodSource("fixtures")
    void migratesToTheLatestSchemaKeepingEveryRow(String fixture) throws Exception {
        Path untouched = copy(fixture, "untouched");
        int version = userVersion(untouched);
        Map<String, List<String>> before = dump(untouched, null);
        assertTrue(before.get("grade").size() > 20, "the fixture holds grades: " + before.get("grade").size());
        assertTrue(before.get("audit").size() > 20, "and their history");

        Path file = copy(fixture, "migrated");
        try (Database db = Database.open(file)) {
            assertEquals(Migrator.latestVersion(), db.pragmaInt("user_version"));
            assertEquals(Database.APPLICATION_ID, db.pragmaInt("application_id"));
            assertEquals("wal", db.query(c -> text(c, "PRAGMA journal_mode")));
            assertEquals(List.of(), SheetScoreCheck.problems(db, ROUND), "sheet_score is what the grades give");
            int gradedSheets = db.query(c -> Integer.parseInt(text(c,
                    "SELECT count(DISTINCT sheet_id) FROM grade WHERE grade IS NOT NULL")));
            assertEquals(gradedSheets, db.query(c -> SheetScoreCheck.rows(c, ROUND)).size(), "a row per graded sheet");
        }

        assertFalse(Files.exists(Path.of(file + "-wal")), "closed cleanly: everything is in the file");
        Map<String, List<String>> after = dump(file, before);
        assertSchemaVersions(file);
        for (Map.Entry<String, List<String>> table : before.entrySet()) {
            if (table.getKey().equals("achievement")) {
                assertEquals(List.of(), after.get("achievement"), "the per-cluster table is gone");
                assertEquals(evidenceOfEveryRound(file, table.getValue()), column(file, EVIDENCE_ROWS),
                        "each achievement row is the evidence of every round that evaluates its cluster, no more");
            } else if (List.of("evaluator", "sheet", "grade").contains(table.getKey())) {
                assertEquals(table.getValue(), after.get(table.getKey()), table.getKey() + ": the same rows, no more, no less");
            } else {
                assertContains(table.getKey(), table.getValue(), after.get(table.getKey()));
            }
        }

        List<BackupStore.Backup> backups = BackupStore.of(file, BackupStore.DEFAULT_KEEP).list();
        if (version < Migrator.latestVersion()) {
            assertEquals(1, backups.size(), "one backup, before the migration");
            assertEquals("migration", backups.get(0).reason());
            assertEquals(version, BackupStore.inspect(backups.get(0).file()).schemaVersion());
            assertEquals(before, dump(backups.get(0).file(), before), "the backup holds the old content, all of it");
        } else {
            assertEquals(List.of(), backups, "a current file is not migrated, so not backed up");
        }

        byte[] migrated = Files.readAllBytes(file);
        Database.open(file).close();
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            s.results().results(s.rounds().current());
        }
        assertArrayEquals(migrated, Files.readAllBytes(file), "opening it again writes nothing");
        assertEquals(backups, BackupStore.of(file, BackupStore.DEFAULT_KEEP).list(), "and backs up nothing");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aReadOnlyFileOfAnOlderSchemaIsRefusedUntouched(String fixture) throws Exception {
        Path file = copy(fixture, "readonly");
        int version = userVersion(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] bytes = Files.readAllBytes(file);
        if (version < Migrator.latestVersion()) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
            assertEquals("store.readOnlyNeedsUpgrade", e.key());
            StoreException viaServices = assertThrows(StoreException.class,
                    () -> Services.open(file, false, dir.resolve("keys")));
            assertEquals("store.readOnlyNeedsUpgrade", viaServices.key());
            assertTrue(e.getMessage().contains("schema version " + version), e.getMessage());
            assertFalse(Files.exists(BackupStore.of(file, BackupStore.DEFAULT_KEEP).directory()), "no backup of a file that is not migrated");
        } else {
            try (Database db = Database.open(file)) {
                assertTrue(db.isReadOnly());
                assertFalse(db.query(c -> new EvaluatorDao(c).findAll()).isEmpty());
            }
        }
        assertArrayEquals(bytes, Files.readAllBytes(file), "left byte for byte as it was");
    }

    // ---- what each fixture held (read from it with plain SQL before migrating, written down here), found
    // ---- again in the migrated file, and its results worked out by hand

    /** An evaluator's laptop: 佐藤 (local) and 鈴木, typed in by hand; no score files (V1 has none). */
    @Test
    void v1EvaluatorDatabase() throws Exception {
        Path file = migrated("v1-evaluator.db");
        assertEquals(List.of("佐藤 花子 (東北大学)", "鈴木 誠 (名古屋工業大学)"), evaluators(file));
        assertEquals(List.of("佐藤 花子 KYO draft 5", "佐藤 花子 SAP complete 15", "佐藤 花子 SEN complete 12",
                "鈴木 誠 HIR draft 3", "鈴木 誠 SAP complete 12"), sheets(file));
        assertEquals("34 rows, 33 graded, 5 comments, 2 indications", gradeCounts(file));
        assertEquals("A|研究開発は計画どおり進捗している。特許出願が多い。|", entry(file, "佐藤 花子", "SAP", "1.1"));
        assertEquals("A||地域戦略と事業の関係をもっと明確に", entry(file, "佐藤 花子", "SAP", "1.2.1"));
        assertEquals("∅|ヒアリング後に評価する|", entry(file, "佐藤 花子", "KYO", "1.3"), "a comment without a grade");
        assertEquals("C||自己評価が楽観的すぎる", entry(file, "鈴木 誠", "HIR", "2.1"));
        assertEquals("全体として順調。知財戦略に課題。", sheetComment(file, "佐藤 花子", "SAP"));
        assertEquals(47, count(file, "SELECT count(*) FROM audit"));
        assertEquals(1, count(file, "SELECT count(*) FROM audit WHERE item_id = '1.1' AND field = 'grade' AND old_value = 'S'"
                + " AND new_value = 'A'"), "the changed grade's history");
        assertEquals(1, count(file, "SELECT count(*) FROM app_meta a JOIN evaluator e ON e.id = a.value"
                + " WHERE a.key = 'local_evaluator_id' AND e.name = '佐藤 花子'"));

        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            Results r = withDrafts(s);
            // equal weights. 佐藤 SAP: A 3, B (3+2)/2, C 3, D (3+3+2+3)/4, E 2; 鈴木 SAP: A 4, B 3, C 3, D 3, E 3
            assertCluster(r, "SAP", 2, 3.5, 2.75, 3.0, 2.875, 2.5, 14.625 / 5);
            // 佐藤 SEN: every item B (2) but 1.3 C (1)
            assertCluster(r, "SEN", 1, 2, 2, 1, 2, 2, 9.0 / 5);
            // 佐藤's KYO draft: 1.1 S, 1.2.1 A, 1.2.2 A, 4 S: axes A 4, B 3, E 4 only, total their mean
            ClusterResult kyo = r.cluster("KYO").orElseThrow();
            assertEquals(List.of("A", "B", "E"), List.copyOf(kyo.axes().keySet()));
            assertEquals(11.0 / 3, kyo.total(), EPS);
            // 鈴木's HIR draft: 1.1 B, 2.1 C: A 2, D 1
            assertEquals(1.5, r.cluster("HIR").orElseThrow().total(), EPS);
            assertEquals(List.of("KYO", "SAP", "SEN", "HIR"), r.clusters().stream().map(ClusterResult::clusterCode).toList());
        }
    }

    /** The chair's database of V2: five evaluators, seven imported files (one CSV), two conflicts, keys, COI. */
    @Test
    void v2ChairDatabase() throws Exception {
        Path file = migrated("v2-chair.db");
        assertChairContent(file, "v2");
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            Results r = withDrafts(s);
            // equal weights. SEN: 佐藤 B B B C B B B B B, 伊藤 (CSV) A A B B A A B A B
            assertCluster(r, "SEN", 2, 2.5, 2.25, 1.5, 2.375, 2, 10.625 / 5);
            // KYO: 佐藤 (draft) 1.1 S, 4 S; 田中 S S A A A A A S B (4 from the resolved conflict), his COI included
            assertCluster(r, "KYO", 2, 4, 3.5, 3, 3.25, 3, 16.75 / 5);
            assertTrue(r.cluster("HIR").isEmpty(), "Smith's HIR grades are excluded (COI) and nobody else graded HIR");
        }
    }

    /** The chair's database of V3: as V2, and weights A30 B20 C20 D10 E20 with 1.2.1 60 / 1.2.2 40, tags, allocation. */
    @Test
    void v3ChairDatabase() throws Exception {
        Path file = migrated("v3-chair.db");
        assertChairContent(file, "v3");
        assertPanelContent(file);
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            assertWeightedResults(withDrafts(s));
        }
    }

    /** The chair's database of V4: as V3, written by the first build with sheet_score. */
    @Test
    void v4ChairDatabase() throws Exception {
        Path file = migrated("v4-chair.db");
        assertChairContent(file, "v4");
        assertPanelContent(file);
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            assertWeightedResults(withDrafts(s));
            // by default only complete sheets count for the total: KYO is 田中's alone (佐藤's draft left
            // out): A 4, B 3.6, C 3, D (3+3+3+4)/4, E 2; its axis values keep 佐藤's draft
            Results r = s.results().results(s.rounds().current());
            ClusterResult kyo = r.cluster("KYO").orElseThrow();
            assertEquals(1, kyo.evaluators());
            assertEquals(1, kyo.partial());
            assertEquals(.3 * 4 + .2 * 3.6 + .2 * 3 + .1 * 3.25 + .2 * 2, kyo.total(), EPS);
            assertEquals(new Score(4.0, 2), kyo.axes().get("A"));
        }
    }

    /**
     * The chair's database of V6, the last schema with one round: after V7 its round evaluates the 18
     * clusters it held (in the cluster list's order), is a mid-term round, is the current one and
     * still preparing nothing (it has sheets, so its definition is closed), and gives the same results.
     */
    @Test
    void v6ChairDatabase() throws Exception {
        Path file = migrated("v6-chair.db");
        assertChairContent(file, "v6");
        assertPanelContent(file);
        assertEquals(List.of("SAP,SEN,NAG,HAM,KYO,KSC,OSK,KOB,HIR,TAK,FUK,KIT,TOY,NGY,TOK,KNZ,GIF,UBE"),
                column(file, "SELECT group_concat(cluster_code, ',') FROM (SELECT cluster_code FROM round_unit"
                        + " WHERE round_id = 'mid-fy2004' ORDER BY sort_order)"));
        assertEquals(List.of("mid-fy2004 mid-term "), column(file, "SELECT id || ' ' || kind || ' ' || created_by FROM round"));
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            assertEquals(s.clusters().all(), s.clusters().ofRound(ROUND), "the round's units are the clusters it had");
            assertEquals(List.of("mid-fy2004 mid-term grading 18 12 true"), s.roundSetup().list().stream()
                    .map(r -> r.id() + " " + r.kind().code() + " " + r.state().code() + " " + r.units() + " " + r.cohort()
                            + " " + r.current()).toList());
            assertWeightedResults(withDrafts(s));
        }
    }

    /**
     * The chair's database of V7, the last schema with one achievements table for every round: after
     * the migration each of its three rounds has the figures of its own units (the mid-term round all
     * 18 clusters', the final round those of SAP, KYO and FUK, the City Area round none: its units are
     * new), and an import into one round leaves the others' figures alone.
     */
    @Test
    void v7ChairDatabase() throws Exception {
        Path file = migrated("v7-chair.db");
        assertChairContent(file, "v7");
        assertPanelContent(file);
        assertEquals(List.of("city-fy2007 0", "fin-fy2006 39", "mid-fy2004 234"), column(file,
                "SELECT r.id || ' ' || (SELECT count(*) FROM round_evidence e WHERE e.round_id = r.id) FROM round r"));
        try (Services s = Services.open(file, false, dir.resolve("keys"))) {
            assertEquals(List.of("SAP", "KYO", "FUK"), s.evidence().ofRound("fin-fy2006").stream()
                    .map(jp.clustereval.domain.Achievements::clusterCode).toList());
            jp.clustereval.domain.Achievements kyo = s.evidence().ofRound("fin-fy2006", "KYO").get(0);
            assertEquals("FY2002-2004", kyo.period());
            assertEquals(37229L, kyo.metrics().get("revenue_thousand_yen"));
            assertEquals(s.evidence().ofRound(ROUND, "KYO"), s.evidence().ofRound("fin-fy2006", "KYO"));
            assertEquals(List.of(), s.evidence().ofRound("city-fy2007"));

            List<jp.clustereval.domain.Achievements> mid = s.evidence().ofRound(ROUND);
            Path csv = dir.resolve("city.csv");
            Files.writeString(csv, "code,papers_domestic\nCA-HAK,3\nCA-KOR,5\n");
            s.evidence().importCsv("city-fy2007", csv, "FY2005-2007", "chair");
            assertEquals(2, s.evidence().ofRound("city-fy2007").size());
            assertEquals(mid, s.evidence().ofRound(ROUND), "the other rounds keep theirs");
            assertEquals(1, s.evidence().ofRound("fin-fy2006", "KYO").size());
            assertWeightedResults(withDrafts(s));
        }
    }

    /**
     * The results with unfinished (draft) sheets counted, as every version before V6 gave them: the
     * hand-worked figures of these fixtures count them.
     */
    private static Results withDrafts(Services s) {
        return s.results().results(s.rounds().current(), s.rounds().current().cohort(), true);
    }

    /** What the V2, V3 and V4 chair databases hold alike (the same commands made each). */
    private void assertChairContent(Path file, String version) throws Exception {
        assertEquals(List.of("Jane Smith (MIT)", "伊藤 美咲 (大阪大学)", "佐藤 花子 (東北大学)", "山田 太郎 (文部科学省)",
                "田中 一郎 (京都大学)"), evaluators(file));
        assertEquals(List.of("Jane Smith HIR complete 12", "Jane Smith SAP complete 10", "伊藤 美咲 SEN draft 1",
                "佐藤 花子 KYO draft 3", "佐藤 花子 SAP complete 15", "佐藤 花子 SEN complete 11", "山田 太郎 SAP complete 12",
                "田中 一郎 FUK draft 2", "田中 一郎 KYO complete 13", "田中 一郎 SAP complete 11"), sheets(file));
        assertEquals("76 rows, 76 graded, 9 comments, 2 indications", gradeCounts(file));
        assertEquals("A|研究開発は計画どおり進捗している。特許出願が多い。|", entry(file, "佐藤 花子", "SAP", "1.1"));
        assertEquals("A||地域戦略と事業の関係をもっと明確に", entry(file, "佐藤 花子", "SAP", "1.2.1"));
        assertEquals("S|iPS細胞関連の成果が顕著|", entry(file, "田中 一郎", "KYO", "1.1"));
        assertEquals("B||", entry(file, "田中 一郎", "KYO", "4"), "the resolved conflict: the incoming side");
        assertEquals("S||", entry(file, "田中 一郎", "SAP", "3"), "the open conflict: still the stored side");
        assertEquals("B|事業化に課題, 要改善|", entry(file, "伊藤 美咲", "SEN", "4"), "from the CSV");
        assertEquals("ヒアリングでの説明は明快だった", sheetComment(file, "山田 太郎", "SAP"));
        assertEquals(List.of("ito.csv csv", "sato.cescore cescore", "smith-1.cescore cescore", "smith-2.cescore cescore",
                "tanaka-1.cescore cescore", "tanaka-2-copy.cescore cescore", "tanaka-2.cescore cescore"),
                column(file, "SELECT file_name || ' ' || kind FROM imported_file WHERE length(content) = size"));
        assertEquals(List.of("Jane Smith first_use 0 ", "Jane Smith override 1 新しいPCに移行したと本人から連絡あり",
                "佐藤 花子 first_use 0 ", "佐藤 花子 verified 1 fingerprint checked", "田中 一郎 first_use 1 "),
                column(file, "SELECT e.name || ' ' || k.trust || ' ' || k.active || ' ' || k.reason FROM evaluator_key k"
                        + " JOIN evaluator e ON e.id = k.evaluator_id"));
        assertEquals(List.of("KYO 13 incoming 本人に電話で確認した: 4 は B", "SAP 11 open"),
                column(file, "SELECT cluster_code || ' ' || revision || ' ' || coalesce(resolution || ' ' || reason, 'open')"
                        + " FROM sheet_conflict"));
        assertEquals(List.of("Jane Smith HIR 0 広島大学 客員教授", "田中 一郎 KYO 1 京都大学 所属 評価委員会が影響は軽微と判断"),
                column(file, "SELECT e.name || ' ' || c.cluster_code || ' ' || c.included || ' ' || c.note"
                        + " || coalesce(' ' || c.include_reason, '') FROM conflict_of_interest c JOIN evaluator e ON e.id = c.evaluator_id"));
        assertEquals(1, count(file, "SELECT count(*) FROM audit WHERE source = 'conflict-resolution'"));
        assertTrue(count(file, "SELECT count(*) FROM audit WHERE source = 'import'") > 0, version);
    }

    /** V3's tables: two weight changes, three tags, the allocation's settings. */
    private void assertPanelContent(Path file) throws Exception {
        assertEquals(List.of("direct 重みづけグループ", "direct 重みづけグループ"),
                column(file, "SELECT source || ' ' || set_by FROM weight_change"));
        assertEquals(List.of("0.3 0.2 0.2 0.1 0.2"), column(file,
                "SELECT group_concat(weight, ' ') FROM (SELECT weight FROM axis WHERE round_id = 'mid-fy2004' ORDER BY code)"));
        assertEquals(List.of("1.2.1 0.6", "1.2.2 0.4"),
                column(file, "SELECT id || ' ' || weight FROM item WHERE round_id = 'mid-fy2004' AND id LIKE '1.2.%'"));
        assertEquals(List.of("KYO 2.1 indication rd-themes", "SAP  comment ip", "SAP 1.1 comment ip"),
                column(file, "SELECT cluster_code || ' ' || item_id || ' ' || field || ' ' || tag FROM comment_tag"));
        assertEquals(List.of("2000000000 tiers 300000000 700000000"),
                column(file, "SELECT pool_yen || ' ' || rule || ' ' || floor_yen || ' ' || cap_yen FROM allocation_setting"));
    }

    /**
     * Axis weights .3 .2 .2 .1 .2; axis B is .6 x 1.2.1 + .4 x 1.2.2. SEN: 佐藤 B 2, 伊藤 B .6x3 + .4x2 = 2.6;
     * KYO: 田中 B .6x4 + .4x3 = 3.6 (佐藤 graded no B item).
     */
    private static void assertWeightedResults(Results r) {
        assertCluster(r, "SEN", 2, 2.5, 2.3, 1.5, 2.375, 2, .3 * 2.5 + .2 * 2.3 + .2 * 1.5 + .1 * 2.375 + .2 * 2);
        assertCluster(r, "KYO", 2, 4, 3.6, 3, 3.25, 3, .3 * 4 + .2 * 3.6 + .2 * 3 + .1 * 3.25 + .2 * 3);
        assertTrue(r.cluster("HIR").isEmpty(), "Smith's HIR grades are excluded (COI)");
    }

    private static void assertCluster(Results r, String code, int evaluators, double a, double b, double c, double d,
                                      double e, double total) {
        ClusterResult cluster = r.cluster(code).orElseThrow(() -> new AssertionError(code + " has no result"));
        assertEquals(evaluators, cluster.evaluators(), code + " evaluators");
        double[] expected = {a, b, c, d, e};
        String[] axes = {"A", "B", "C", "D", "E"};
        for (int i = 0; i < axes.length; i++) {
            Score score = cluster.axes().get(axes[i]);
            assertNotNull(score, code + " " + axes[i]);
            assertEquals(expected[i], score.value(), EPS, code + " " + axes[i]);
        }
        assertEquals(total, cluster.total(), EPS, code + " total");
    }

    // ---- helpers

    private Path copy(String fixture, String folder) throws Exception {
        Path target = Files.createDirectories(dir.resolve(folder)).resolve(fixture);
        try (InputStream in = MigrationFixturesTest.class.getResourceAsStream("/migration-fixtures/" + fixture)) {
            assertNotNull(in, "fixture " + fixture);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Path migrated(String fixture) throws Exception {
        Path file = copy(fixture, "content");
        Database.open(file).close();
        return file;
    }

    private static final String EVIDENCE_ROWS = "SELECT round_id || ' | ' || cluster_code || ' | ' || period || ' | '"
            + " || metric || ' | ' || value || ' | ' || sort_order FROM round_evidence";

    /**
     * What round_evidence must hold after the migration: every row of the old achievement table
     * (cluster_code | period | metric | value | sort_order) once per round that evaluates its cluster.
     */
    private List<String> evidenceOfEveryRound(Path migrated, List<String> achievementRows) throws Exception {
        List<String> units = column(migrated, "SELECT round_id || ' ' || cluster_code FROM round_unit");
        List<String> expected = new ArrayList<>();
        for (String row : achievementRows.subList(1, achievementRows.size())) { // the first is the header
            String code = row.substring(0, row.indexOf(" | "));
            units.stream().filter(u -> u.endsWith(" " + code)).map(u -> u.substring(0, u.indexOf(' ')) + " | " + row)
                    .forEach(expected::add);
        }
        expected.sort(null);
        assertTrue(expected.size() >= 18 * 13, "every seeded figure at least once: " + expected.size());
        return expected;
    }

    /** Versions 1 to latest, each under its script's name (the rows the file had are compared with the other tables). */
    private void assertSchemaVersions(Path file) throws Exception {
        List<String> index = Files.readAllLines(Path.of("resources/db/migrations.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> expected = new ArrayList<>();
        for (int v = 1; v <= index.size(); v++) {
            expected.add(v + " " + index.get(v - 1));
        }
        assertEquals(Migrator.latestVersion(), index.size());
        expected.sort(null); // column() sorts its rows as text: from version 10 on, "10 ..." comes before "2 ..."
        assertEquals(expected, column(file, "SELECT version || ' ' || description FROM schema_version ORDER BY version"));
    }

    private static void assertContains(String table, List<String> before, List<String> after) {
        assertNotNull(after, table + " is gone");
        List<String> left = new ArrayList<>(after);
        for (String row : before) {
            assertTrue(left.remove(row), table + ": lost or changed " + row);
        }
    }

    /**
     * Every table (SQLite's own left out) as its sorted rows, each the text of its values ("∅" for
     * NULL, a blob as its SHA-256), in the order of its columns. With {@code like}, only its tables,
     * each with the columns it had there (those of the older schema), so that the rows compare.
     */
    private Map<String, List<String>> dump(Path file, Map<String, List<String>> like) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = readOnly(file); Statement s = c.createStatement()) {
            List<String> present = tableNames(s);
            for (String table : like == null ? present : like.keySet()) {
                if (!present.contains(table)) {
                    tables.put(table, List.of()); // dropped by a migration (its rows are checked where they went)
                    continue;
                }
                List<String> columns = like == null ? columnNames(s, table) : List.of(like.get(table).get(0).split(", "));
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM \"" + table + "\"")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.size(); i++) {
                            Object v = rs.getObject(i);
                            row.append(i > 1 ? " | " : "").append(v == null ? "∅" : v instanceof byte[] b ? sha256(b) : v.toString());
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                rows.add(0, String.join(", ", columns)); // the header: which columns, for reading a newer schema alike
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static List<String> tableNames(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> columnNames(Statement s, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                columns.add("\"" + rs.getString("name") + "\"");
            }
        }
        return columns;
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plain SQL reads a copy of the (closed) file: an SQLite connection of its own, even a read-only
     * one, would leave a -wal beside the file under test.
     */
    private Connection readOnly(Path file) throws Exception {
        assertFalse(Files.exists(Path.of(file + "-wal")), "a closed file has everything in itself: " + file);
        Path copy = Files.createTempFile(Files.createDirectories(dir.resolve("reads")), "read", ".db");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + copy);
    }

    /** From the file's header, without opening it. */
    private static int userVersion(Path file) throws Exception {
        return FileHeader.read(file).userVersion();
    }

    private int count(Path file, String sql) throws Exception {
        try (Connection c = readOnly(file)) {
            return Integer.parseInt(text(c, sql));
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The first column of every row, sorted. */
    private List<String> column(Path file, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = readOnly(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        values.sort(null);
        return values;
    }

    private List<String> evaluators(Path file) throws Exception {
        return column(file, "SELECT name || ' (' || affiliation || ')' FROM evaluator");
    }

    private List<String> sheets(Path file) throws Exception {
        return column(file, "SELECT e.name || ' ' || s.cluster_code || ' ' || s.status || ' ' || s.revision"
                + " FROM sheet s JOIN evaluator e ON e.id = s.evaluator_id");
    }

    private String gradeCounts(Path file) throws Exception {
        return column(file, "SELECT count(*) || ' rows, ' || count(grade) || ' graded, ' || sum(comment <> '') || ' comments, '"
                + " || sum(indication <> '') || ' indications' FROM grade").get(0);
    }

    /** grade|comment|indication of one item (∅: not graded). */
    private String entry(Path file, String evaluator, String cluster, String item) throws Exception {
        List<String> rows = column(file, "SELECT coalesce(g.grade, '∅') || '|' || g.comment || '|' || g.indication FROM grade g"
                + " JOIN sheet s ON s.id = g.sheet_id JOIN evaluator e ON e.id = s.evaluator_id WHERE e.name = '" + evaluator
                + "' AND s.cluster_code = '" + cluster + "' AND g.item_id = '" + item + "'");
        assertEquals(1, rows.size(), evaluator + " " + cluster + " " + item + ": " + rows);
        return rows.get(0);
    }

    private String sheetComment(Path file, String evaluator, String cluster) throws Exception {
        return column(file, "SELECT s.comment FROM sheet s JOIN evaluator e ON e.id = s.evaluator_id WHERE e.name = '"
                + evaluator + "' AND s.cluster_code = '" + cluster + "'").get(0);
    }
}
