package jp.clustereval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;

/**
 * What the product may not contain, checked twice: on the compiled classes ({@link ArchitectureTest})
 * and on the jar as shipped ({@link ProductJarIT}), so that neither a class in src/main nor a build
 * step that copies the benchmark's classes into cluster-eval.jar goes unnoticed.
 */
final class ProductRules {

    /** The measuring classes the product once carried (issue 11), now only in the bench jar. */
    static final List<String> FORMER_PROBES = List.of("StartupProbe", "StartupWatch", "PulseGaps", "PulseWatch",
            "HeapTrim", "DrivenDesktop");

    /** Texts by which the old probes were switched on or reported; no product class may carry one. */
    static final List<String> PROBE_TEXTS = List.of("clustereval.startupProbe", "clustereval.benchDrive",
            "CLUSTEREVAL-STARTUP", "CLUSTEREVAL-NODES");

    static final ArchRule NO_BENCHMARK = noClasses().should().resideInAPackage("jp.clustereval.bench..")
            .orShould().haveSimpleNameContaining("Bench")
            .orShould(ArchConditions.be(namedAsAFormerProbe()))
            .because("the benchmark is its own jar, built from src/bench by mvn -Pbench package");

    static final ArchRule UI_NEITHER_ENDS_NOR_COLLECTS_NOR_TUNES_THE_JVM = noClasses()
            .that().resideInAPackage("jp.clustereval.ui..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(System.class, "gc")
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .orShould().callMethod(Runtime.class, "gc")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.lang.management..", "javax.management..",
                    "com.sun.management..")
            .because("JVM options belong in resources/launch/java-options, and only Main ends the process");

    private ProductRules() {
    }

    private static DescribedPredicate<JavaClass> namedAsAFormerProbe() {
        return DescribedPredicate.describe("named as a former probe " + FORMER_PROBES,
                c -> FORMER_PROBES.contains(c.getSimpleName()));
    }
}
