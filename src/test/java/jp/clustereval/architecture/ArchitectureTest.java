package jp.clustereval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.clustereval");
    }

    @Test
    void domainIsPlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage("jp.clustereval.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jfree..",
                        "jp.clustereval.persistence..", "jp.clustereval.service..", "jp.clustereval.ui..",
                        "jp.clustereval.cli..", "jp.clustereval.chart..");
        rule.check(classes);
    }

    @Test
    void persistenceKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("jp.clustereval.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jp.clustereval.service..",
                        "jp.clustereval.ui..", "jp.clustereval.cli..", "jp.clustereval.chart..")
                .check(classes);
    }

    @Test
    void servicesAndChartsNeedNoJavaFxAndNoUi() {
        noClasses().that().resideInAnyPackage("jp.clustereval.service..", "jp.clustereval.chart")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.jfree.fx..",
                        "jp.clustereval.ui..", "jp.clustereval.cli..")
                .check(classes);
    }

    /** chart.fx is where AWT drawing meets JavaFX: a canvas for the desktop, nothing above it. */
    @Test
    void theChartsJavaFxBridgeKnowsOnlyCharts() {
        noClasses().that().resideInAPackage("jp.clustereval.chart.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.clustereval.ui..", "jp.clustereval.cli..",
                        "jp.clustereval.service..", "jp.clustereval.persistence..")
                .check(classes);
    }

    /** Score files, weights files, round definitions and round packages are read and written from their bytes alone: no database, no desktop. */
    @Test
    void fileFormatsStandOnTheDomainAlone() {
        noClasses().that().resideInAnyPackage("jp.clustereval.scorefile..", "jp.clustereval.weightsfile..",
                        "jp.clustereval.rounddef..", "jp.clustereval.roundpackage..", "jp.clustereval.decisionrecord..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.jfree..", "java.awt..", "jp.clustereval.persistence..", "jp.clustereval.service..",
                        "jp.clustereval.ui..", "jp.clustereval.cli..", "jp.clustereval.chart..",
                        "jp.clustereval.report..")
                .check(classes);
        noClasses().that().resideInAPackage("jp.clustereval.scorefile..")
                .should().dependOnClassesThat().resideInAPackage("jp.clustereval.weightsfile..")
                .because("the weights file reuses the score file's canonical JSON and signatures, not the other way")
                .check(classes);
    }

    /** The PDF and xlsx writers take plain report records: service.ReportService gathers them. */
    @Test
    void reportWritersTakeRecordsAndKnowNoStore() {
        noClasses().that().resideInAPackage("jp.clustereval.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "jp.clustereval.persistence..", "jp.clustereval.service..", "jp.clustereval.ui..",
                        "jp.clustereval.cli..")
                .check(classes);
    }

    /** common is the floor: messages, safe text, CSV cells, atomic files; it uses no other package. */
    @Test
    void commonUsesNothingOfTheApplication() {
        noClasses().that().resideInAPackage("jp.clustereval.common..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "jp.clustereval.domain..", "jp.clustereval.persistence..", "jp.clustereval.service..",
                        "jp.clustereval.ui..", "jp.clustereval.cli..", "jp.clustereval.chart..",
                        "jp.clustereval.report..", "jp.clustereval.scorefile..", "jp.clustereval.weightsfile..")
                .check(classes);
    }

    /**
     * AWT draws the charts and the PDFs; everywhere else it would be a second toolkit in the process.
     * One exception: the launcher's splash picture is AWT's, and only AWT can close it (LaunchSplash).
     */
    @Test
    void awtOnlyInChartsAndReports() {
        noClasses().that().resideOutsideOfPackages("jp.clustereval.chart..", "jp.clustereval.report..")
                .and().doNotHaveFullyQualifiedName("jp.clustereval.ui.LaunchSplash")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..")
                .check(classes);
    }

    /** Nothing below the command line starts it, and nothing below the desktop shows a window. */
    @Test
    void onlyTheEntryPointsKnowTheCommandLineAndTheDesktop() {
        noClasses().that().resideOutsideOfPackages("jp.clustereval.cli..", "jp.clustereval.ui..")
                .and().doNotHaveFullyQualifiedName("jp.clustereval.Main")
                .should().dependOnClassesThat().resideInAnyPackage("jp.clustereval.cli..", "jp.clustereval.ui..")
                .check(classes);
    }

    @Test
    void userInterfaceDoesNotTouchSqlDirectly() {
        noClasses().that().resideInAnyPackage("jp.clustereval.ui..", "jp.clustereval.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    /**
     * The desktop and the command line speak the services' language: domain records and the
     * services' own records (service.Backup and BackupSummary among them), never a DAO's rows, the
     * backup store or the database itself.
     */
    @Test
    void userInterfaceAndCommandLineDoNotUsePersistence() {
        noClasses().that().resideInAnyPackage("jp.clustereval.ui..", "jp.clustereval.cli..")
                .should().dependOnClassesThat().resideInAPackage("jp.clustereval.persistence..")
                .because("services return domain records or their own")
                .check(classes);
    }

    /**
     * The desktop's features depend on one another in one direction only (main on its panes, the
     * results window on its tabs), so that a feature can be understood and changed alone. Before:
     * ui.results and ui.weights, ui.allocation, ui.comments, ui.sensitivity used each other.
     */
    @Test
    void noCyclesBetweenTheDesktopsFeatures() {
        slices().matching("jp.clustereval.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void demoDataNeedNoScreenAndNoCommandLine() {
        noClasses().that().resideInAPackage("jp.clustereval.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "jp.clustereval.ui..",
                        "jp.clustereval.cli..")
                .check(classes);
    }

    @Test
    void theProductShipsNoBenchmark() {
        ProductRules.NO_BENCHMARK.check(classes);
    }

    @Test
    void theUserInterfaceNeitherEndsNorCollectsNorTunesTheJvm() {
        ProductRules.UI_NEITHER_ENDS_NOR_COLLECTS_NOR_TUNES_THE_JVM.check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("jp.clustereval.(*)..").should().beFreeOfCycles().check(classes);
    }
}
