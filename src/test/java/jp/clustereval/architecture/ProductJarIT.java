package jp.clustereval.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product jar as shipped (target/cluster-eval.jar, after package; failsafe runs this in `mvn
 * verify`) holds no benchmark or probe: the rules of {@link ProductRules} on the application's
 * classes read from the jar itself, and none of its classes carries a probe's switch or marker.
 * The bench jar (mvn -Pbench package) is built from it and is not checked here.
 */
class ProductJarIT {

    static final Path JAR = Path.of(System.getProperty("clustereval.jar", "target/cluster-eval.jar"));
    static final String OWN = "jp/clustereval/";

    @TempDir
    static Path own;

    private static JavaClasses classes;

    /** The jar's own classes, copied out of it (ArchUnit reading the whole 60 MB jar is much slower). */
    @BeforeAll
    static void importTheJarsOwnClasses() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "no product jar at " + JAR + " (run after package)");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                if (e.getName().startsWith(OWN) && e.getName().endsWith(".class")) {
                    Path to = own.resolve(e.getName());
                    Files.createDirectories(to.getParent());
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        classes = new ClassFileImporter().importPath(own);
        assertTrue(classes.contain("jp.clustereval.Main") && classes.contain("jp.clustereval.ui.AppShell"),
                "the jar's own classes were imported");
    }

    @Test
    void theJarHasNoBenchmarkClass() {
        ProductRules.NO_BENCHMARK.check(classes);
    }

    @Test
    void theJarsUserInterfaceNeitherEndsNorCollectsNorTunesTheJvm() {
        ProductRules.UI_NEITHER_ENDS_NOR_COLLECTS_NOR_TUNES_THE_JVM.check(classes);
    }

    @Test
    void noClassOfTheJarCarriesAProbeSwitchOrMarker() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(own)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                // the constant pool keeps ASCII strings as they are
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String probe : ProductRules.PROBE_TEXTS) {
                    if (text.contains(probe)) {
                        found.add(own.relativize(f) + ": " + probe);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
