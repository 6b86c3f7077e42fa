package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Language;

/** The desktop's arguments recognised without picocli; everything else is left to picocli. */
class DesktopArgsTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsIsThePlainDesktop() {
        DesktopArgs d = DesktopArgs.parse(new String[0]).orElseThrow();
        assertNull(d.database(), "the settings' default database");
        assertNull(d.language(), "the settings' or the system's language");
        assertEquals(List.of(), d.files());
    }

    @Test
    void databaseLanguageAndScoreFilesInBothSpellings() throws Exception {
        Path file = Files.writeString(dir.resolve("tanaka.cescore"), "{}");
        DesktopArgs d = DesktopArgs.parse(new String[] {"--db", "x.db", "--lang=ja", file.toString()}).orElseThrow();
        assertEquals(Path.of("x.db"), d.database());
        assertEquals(Language.JA, d.language());
        assertEquals(List.of(file), d.files());
        assertEquals(Language.EN, DesktopArgs.parse(new String[] {"--lang", "EN", "--db=y.db"}).orElseThrow().language());
    }

    @Test
    void aRoundPackageIsOpenedByTheDesktopLikeAScoreFile() throws Exception {
        // the file association hands a double-clicked package to the desktop, which opens its window
        Path pkg = Files.writeString(dir.resolve("final-fy2006.CEROUND"), "{}");
        Path score = Files.writeString(dir.resolve("tanaka.cescore"), "{}");
        assertEquals(List.of(pkg, score), DesktopArgs.parse(new String[] {pkg.toString(), score.toString()}).orElseThrow().files());
        assertTrue(DesktopArgs.parse(new String[] {dir.resolve("missing.ceround").toString()}).isEmpty(),
                "a missing package: picocli says so");
    }

    @Test
    void everythingElseGoesToPicocli() {
        for (String[] args : List.of(new String[] {"clusters"}, new String[] {"--help"}, new String[] {"-V"},
                new String[] {"--db"}, new String[] {"--lang", "fr"}, new String[] {"--db", "a", "--db", "b"},
                new String[] {"--dbx", "a"}, new String[] {dir.resolve("missing.cescore").toString()},
                new String[] {"notes.txt"}, new String[] {"--db", "a.db", "results"})) {
            assertTrue(DesktopArgs.parse(args).isEmpty(), String.join(" ", args));
        }
    }
}
