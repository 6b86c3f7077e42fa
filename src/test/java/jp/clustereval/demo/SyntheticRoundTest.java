package jp.clustereval.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.ImportService;
import jp.clustereval.service.Services;

class SyntheticRoundTest {

    @TempDir
    Path tmp;

    private Path generate(String name, long seed, int n, int m, int k) {
        Path dir = tmp.resolve(name);
        SyntheticRound r = new SyntheticRound(seed, n, m, k);
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> codes = r.createChairDatabase(dir.resolve("chair.db"));
        SyntheticRound.writeClusterList(dir.resolve("clusters.csv"), codes);
        r.writeFiles(dir, codes, SyntheticRound.loadRound(dir.resolve("chair.db")), f -> { });
        return dir;
    }

    private static List<Path> files(Path dir) throws Exception {
        try (var list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".cescore")).sorted().toList();
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        Path a = generate("a", 7, 25, 6, 3);
        Path b = generate("b", 7, 25, 6, 3);
        Path c = generate("c", 8, 25, 6, 3);
        List<Path> fa = files(a);
        assertEquals(6, fa.size());
        for (Path f : fa) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
            assertFalse(Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(c.resolve(f.getFileName()))), f.toString());
        }
        assertEquals(Files.readString(a.resolve("clusters.csv")), Files.readString(b.resolve("clusters.csv")));
        String text = Files.readString(fa.get(0));
        assertTrue(text.matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff]{10,}.*"), "Japanese comments");
    }

    @Test
    void harshAndLenientEvaluatorsAndEveryClusterGradedKTimes() {
        SyntheticRound r = new SyntheticRound(3, 40, 10, 4);
        var evaluators = r.evaluatorList();
        assertTrue(evaluators.stream().anyMatch(e -> e.bias() < -0.2) && evaluators.stream().anyMatch(e -> e.bias() > 0.2));
        int[] perCluster = new int[40];
        r.assignments().forEach(a -> Arrays.stream(a).forEach(c -> perCluster[c]++));
        assertTrue(Arrays.stream(perCluster).allMatch(n -> n == 4));
        assertTrue(r.assignments().stream().allMatch(a -> a.length == 16));
    }

    @Test
    void filesImportCleanlyWithTheExpectedCounts() throws Exception {
        Path dir = generate("import", 11, 25, 6, 3); // 25 clusters: the 18 seeded + 7 proposals
        try (Services s = new Services(Database.open(dir.resolve("chair.db")), tmp.resolve("keys"))) {
            ImportPreview p = s.imports().preview(List.of(dir), ImportOptions.defaults());
            ImportPreview done = s.imports().commit(p, ImportProgress.none(), () -> false);
            assertTrue(done.files().stream().allMatch(f -> f.outcome() == FileOutcome.ACCEPTED), done.toString());
            assertEquals(6, count(s, "SELECT COUNT(*) FROM evaluator"));
            assertEquals(25 * 3, count(s, "SELECT COUNT(*) FROM sheet"));
            assertEquals(25, count(s, "SELECT COUNT(DISTINCT cluster_code) FROM sheet"));
            assertEquals(25, count(s, "SELECT COUNT(*) FROM cluster"));
            long graded = count(s, "SELECT COUNT(*) FROM grade WHERE grade IS NOT NULL");
            assertTrue(graded > 25 * 3 * 9 * 9 / 10 && graded <= 25 * 3 * 9, "graded " + graded);
            Round round = s.rounds().require(SyntheticRound.ROUND_ID);
            assertEquals(25, s.results().results(round).clusters().size());
            // the streaming aggregation (one sheet at a time) gives exactly the results of the list-based one
            var all = s.database().query(c -> new jp.clustereval.persistence.GradeDao(c).gradesOfRound(round.id()));
            assertEquals(new jp.clustereval.domain.Aggregator(round).aggregate(all, round.cohort()), s.results().results(round));
            java.util.Set<String> other = java.util.Set.of("P000019", "P000020", round.cohort().iterator().next());
            assertEquals(new jp.clustereval.domain.Aggregator(round).aggregate(all, other), s.results().results(round, other));
        }
    }

    @Test
    void chunkedImportGivesTheSameDatabaseAsOneCommit() throws Exception {
        Path dir = generate("chunks", 5, 20, 7, 3);
        Path whole = tmp.resolve("whole.db");
        Path chunked = tmp.resolve("chunked.db");
        Files.copy(dir.resolve("chair.db"), whole);
        Files.copy(dir.resolve("chair.db"), chunked);
        // a file twice (unchanged the second time) and a later file in another chunk, and a file that
        // cannot be read in the middle of a chunk (rejected, the rest of its chunk stored)
        List<Path> inputs = new ArrayList<>(ImportService.expand(List.of(dir)));
        inputs.add(inputs.get(0));
        Path truncated = Files.writeString(tmp.resolve("truncated.cescore"), "{\"format\" : \"cluster-eval-score\", ");
        inputs.add(4, truncated);
        String a;
        String b;
        try (Services s = new Services(Database.open(whole), tmp.resolve("keys"))) {
            s.imports().commit(s.imports().preview(inputs, ImportOptions.defaults()), ImportProgress.none(), () -> false);
            a = snapshot(s);
        }
        try (Services s = new Services(Database.open(chunked), tmp.resolve("keys"))) {
            List<String> seen = new ArrayList<>();
            var result = s.imports().importInChunks(inputs, ImportOptions.defaults(), 3, ImportProgress.none(),
                    r -> seen.add(r.outcome().name()));
            assertEquals(9, result.files());
            assertEquals(7, result.accepted());
            assertEquals(1, result.unchanged());
            assertEquals(1, result.rejected());
            assertEquals(9, seen.size());
            assertEquals("REJECTED", seen.get(4));
            b = snapshot(s);
        }
        assertEquals(a, b);
    }

    private static long count(Services s, String sql) {
        return s.database().query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The stored content without the times of the import itself. */
    private static String snapshot(Services s) {
        String[] queries = {
            "SELECT id, name, affiliation FROM evaluator ORDER BY id",
            "SELECT evaluator_id, fingerprint, trust FROM evaluator_key ORDER BY evaluator_id, fingerprint",
            "SELECT round_id, evaluator_id, cluster_code, status, revision, comment, updated_at FROM sheet"
                    + " ORDER BY round_id, evaluator_id, cluster_code",
            "SELECT s.evaluator_id, s.cluster_code, g.item_id, g.grade, g.comment, g.indication FROM grade g"
                    + " JOIN sheet s ON s.id = g.sheet_id ORDER BY 1, 2, 3",
            "SELECT sha256, file_name, kind, evaluator_id FROM imported_file ORDER BY sha256",
            "SELECT source, evaluator_id, cluster_code, COUNT(*) FROM audit GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            "SELECT COUNT(*) FROM sheet_conflict"};
        return s.database().query(c -> {
            StringBuilder out = new StringBuilder();
            for (String q : queries) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
                out.append("--\n");
            }
            return out.toString();
        });
    }
}
