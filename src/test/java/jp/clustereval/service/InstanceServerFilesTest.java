package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * What a second start of the desktop may hand to the running one: regular score files and round
 * packages (a double-clicked .ceround while the window is open), nothing else.
 */
class InstanceServerFilesTest {

    @TempDir
    Path dir;

    @Test
    void scoreFilesAndRoundPackagesAreTakenOtherFilesLeftOut() throws Exception {
        Path score = Files.writeString(dir.resolve("tanaka.cescore"), "{}");
        Path pkg = Files.writeString(dir.resolve("final.ceround"), "{}");
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createDirectory(dir.resolve("folder.ceround"));
        ArrayNode files = new ObjectMapper().createArrayNode();
        for (Path p : List.of(score, pkg, other, dir.resolve("folder.ceround"), dir.resolve("missing.ceround"))) {
            files.add(p.toAbsolutePath().toString());
        }
        files.add("relative.ceround");
        assertEquals(List.of(score.toAbsolutePath().normalize(), pkg.toAbsolutePath().normalize()),
                InstanceServer.checkedFiles(files));
    }
}
