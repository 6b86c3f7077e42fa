package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * A file is refused for its first defect, in the order of its sheets, whether its items were checked
 * while it was read (the preview and the chunked import, the round being known) or by the planner
 * (the commit): all name the same defect.
 */
class ImportCheckOrderTest {

    @TempDir
    Path dir;

    private Services chair;
    private Round round;

    @BeforeEach
    void setUp() {
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"));
        round = chair.rounds().current();
    }

    @AfterEach
    void tearDown() {
        chair.close();
    }

    private static ScoreSheet sheet(String cluster, String itemId, String grade) {
        return new ScoreSheet(cluster, SheetStatus.DRAFT, 1, Instant.parse("2004-12-01T09:30:00Z"), "",
                List.of(new ItemEntry(itemId, grade, "", "")), true);
    }

    private Path file(String name, ScoreSheet... sheets) throws Exception {
        KeyPair key = Ed25519.generate();
        ScoreFile content = new ScoreFile(ScoreFile.VERSION, "0.1.0", Instant.parse("2004-12-03T08:00:00Z"), round.id(),
                RoundFingerprint.of(round), new EvaluatorInfo(UUID.randomUUID().toString(), name, "大学",
                Ed25519.encode(key.getPublic())), List.of(sheets));
        return Files.write(dir.resolve(name + ".cescore"), ScoreFileJson.signed(content, key.getPrivate()));
    }

    private List<String> rejections(List<FileReport> reports) {
        List<String> out = new ArrayList<>();
        for (FileReport r : reports) {
            out.add(r.outcome() == FileOutcome.REJECTED ? r.rejection().key() + " " + r.rejection().args()[0] : "ok");
        }
        return out;
    }

    @Test
    void theFirstDefectIsNamedWhereverTheItemsWereChecked() throws Exception {
        List<Path> files = List.of(
                file("cluster-first", sheet("ZZZ", "1.1", "S"), sheet("SAP", "9.9", "S")),
                file("item-first", sheet("SAP", "9.9", "S"), sheet("ZZZ", "1.1", "S")),
                file("grade-then-cluster", sheet("SAP", "1.1", "X"), sheet("ZZZ", "1.1", "S")),
                file("cluster-only", sheet("SEN", "1.1", "S"), sheet("ZZZ", "1.1", "S")),
                file("good", sheet("SEN", "1.1", "s")));
        List<String> expected = List.of("scorefile.unknownCluster ZZZ", "scorefile.unknownItem 9.9",
                "scorefile.gradeOffScale X", "scorefile.unknownCluster ZZZ", "ok");

        ImportPreview preview = chair.imports().preview(files, ImportOptions.defaults()); // items checked while read
        assertEquals(expected, rejections(preview.files()));
        // the commit checks every file again, all on its own thread
        assertEquals(expected, rejections(chair.imports().commit(preview, ImportProgress.none(), () -> false).files()));
        List<FileReport> chunked = new ArrayList<>();
        chair.imports().importInChunks(files, ImportOptions.defaults(), 2, ImportProgress.none(), chunked::add);
        assertEquals(expected, rejections(chunked));
    }
}
