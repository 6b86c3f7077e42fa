package jp.clustereval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
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
        noClasses().that().resideInAnyPackage("jp.clustereval.service..", "jp.clustereval.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..",
                        "jp.clustereval.ui..", "jp.clustereval.cli..")
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
     * services' own records, never a DAO's rows or the database itself. The one exception is
     * persistence.BackupStore (its Backup and BackupSummary records, used by ui.backup, ui.settings
     * and cli.BackupCommands), which is being moved behind the backup service in parallel: when it
     * is, the exception goes.
     */
    @Test
    void userInterfaceAndCommandLineDoNotUsePersistence() {
        DescribedPredicate<HasName> backupStoreForNow = HasName.Predicates.nameMatching(
                "jp\\.clustereval\\.persistence\\.BackupStore(\\$.*)?");
        noClasses().that().resideInAnyPackage("jp.clustereval.ui..", "jp.clustereval.cli..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("jp.clustereval.persistence..")
                        .and(DescribedPredicate.not(backupStoreForNow)))
                .because("services return domain records or their own; only BackupStore's records are left,"
                        + " until they are moved behind the backup service")
                .check(classes);
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
