package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.clustereval.domain.Language;
import jp.clustereval.service.RoundPackageFixture;
import jp.clustereval.ui.common.DialogService.FileRequest;

/**
 * A grader on a fresh machine opens the secretariat's round package from the welcome page, picks
 * themselves from its roster with the mouse, opens it with Enter, and lands on the main window of
 * that round as that person; what was stored is read from the file after the desktop closed it.
 */
class GuiRoundPackageTest extends GuiTestBase {

    @Test
    void aGraderOpensTheSecretariatsPackageFromTheWelcomePage() throws Exception {
        Path pkg;
        String hanako;
        try (RoundPackageFixture secretariat = new RoundPackageFixture(dir)) {
            pkg = secretariat.write("final-fy2006.ceround");
            hanako = secretariat.hanako.id();
        }
        Path db = dir.resolve("grader.db");
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#welcomeOpenPackage"));
        List<FileRequest.Kind> asked = new CopyOnWriteArrayList<>();
        app.shell().dialogs().setFileChooser(request -> {
            asked.add(request.kind());
            return request.kind() == FileRequest.Kind.OPEN_ROUND_PACKAGE ? List.of(pkg) : List.of();
        });
        robot.clickOn("#welcomeOpenPackage");
        waitUntil(() -> present("#packagePeople") && !robot.lookup("#packagePeople").queryListView().getItems().isEmpty());
        assertEquals(List.of(FileRequest.Kind.OPEN_ROUND_PACKAGE), asked);
        String round = fx(() -> robot.lookup("#packageRound").queryAs(Label.class).getText());
        assertTrue(round.contains("final-fy2006") && round.contains("Final evaluation FY2006"), round);
        assertFalse(fx(() -> robot.lookup("#packageKeyBox").query().isVisible()), "a first package: no key to confirm");
        assertTrue(fx(() -> robot.lookup("#packageOpen").queryAs(Button.class).isDisabled()), "nobody picked yet");
        assertEquals(List.of(), fx(() -> AccessibilityAudit.unlabelled((javafx.scene.Parent) robot.lookup("#packageRoot").query())));

        robot.clickOn("山田 花子 (北海道大学)");
        waitUntil(() -> !robot.lookup("#packageOpen").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER); // in the list: Enter opens
        waitUntil(() -> present("#clusterTable") && !present("#packagePeople"));
        waitUntil(() -> ((Stage) robot.lookup("#clusterTable").query().getScene().getWindow()).getTitle()
                .contains("Final evaluation FY2006"));
        assertEquals(hanako, fx(() -> app.shell().state().evaluator().id()));
        waitForSaves();
        FxToolkit.cleanupApplication(app);
        app = null;
        assertEquals(List.of("final-fy2006"), rows(db, "SELECT value FROM app_meta WHERE key = 'current_round'"));
        assertEquals(List.of(hanako), rows(db, "SELECT value FROM app_meta WHERE key = 'local_evaluator_id'"));
        assertEquals(List.of("SAP", "SEN"), rows(db,
                "SELECT cluster_code FROM assignment WHERE evaluator_id = '" + hanako + "' ORDER BY cluster_code"));
    }

    @Test
    void aPackageSignedByAnotherKeyOpensFromTheFileMenuOnceItsFingerprintAndAReasonAreTyped() throws Exception {
        Path db = dir.resolve("grader.db");
        Path second;
        String newKey;
        try (RoundPackageFixture secretariat = new RoundPackageFixture(dir)) {
            Path first = secretariat.write("first.ceround");
            try (jp.clustereval.service.Services s = jp.clustereval.service.Services.open(db, false, dir.resolve("keys"))) {
                s.roundPackages().open(first, secretariat.hanako.id(), null, "test");
            }
            secretariat.reopenWithKeys("other-keys");
            second = secretariat.write("second.ceround");
            newKey = secretariat.chair.keys().ownFingerprint(secretariat.sato.id());
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        waitUntil(() -> present("#clusterTable"));
        app.shell().dialogs().setFileChooser(request ->
                request.kind() == FileRequest.Kind.OPEN_ROUND_PACKAGE ? List.of(second) : List.of());
        robot.clickOn("File").clickOn("Open round package…");
        waitUntil(() -> present("#packageFingerprint") && robot.lookup("#packageKeyBox").query().isVisible());
        String key = fx(() -> robot.lookup("#packageKey").queryAs(Label.class).getText());
        assertTrue(key.contains(newKey), key);
        assertEquals("山田 花子 (北海道大学)", fx(() -> String.valueOf(
                robot.lookup("#packagePeople").queryListView().getSelectionModel().getSelectedItem())),
                "this database's evaluator, on the roster, is preselected");
        assertTrue(fx(() -> robot.lookup("#packageOpen").queryAs(Button.class).isDisabled()));
        robot.clickOn("#packageFingerprint").write(newKey);
        assertTrue(fx(() -> robot.lookup("#packageOpen").queryAs(Button.class).isDisabled()), "no reason yet");
        robot.clickOn("#packageReason").write("new secretariat laptop, read out by phone");
        waitUntil(() -> !robot.lookup("#packageOpen").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !present("#packageFingerprint"));
        waitForSaves();
        FxToolkit.cleanupApplication(app);
        app = null;
        assertEquals(List.of("new secretariat laptop, read out by phone"),
                rows(db, "SELECT reason FROM round_signer WHERE round_id = 'final-fy2006'"));
        assertEquals(List.of(newKey.replace(" ", "").toLowerCase(java.util.Locale.ROOT)),
                rows(db, "SELECT fingerprint FROM round_signer WHERE round_id = 'final-fy2006'"));
    }

    @Test
    void aDoubleClickedPackageHandedOverOpensItsWindowOnTheWelcomePage() throws Exception {
        Path pkg;
        try (RoundPackageFixture secretariat = new RoundPackageFixture(dir)) {
            pkg = secretariat.write("final-fy2006.ceround");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(dir.resolve("fresh.db"),
                Language.EN)));
        waitUntil(() -> present("#nameField"));
        // what a second start does with a double-clicked .ceround (the first start's argument takes the same path)
        fx(() -> {
            app.shell().handOver(List.of(pkg.toAbsolutePath()));
            return null;
        });
        waitUntil(() -> present("#packagePeople") && robot.lookup("#packagePeople").queryListView().getItems().size() == 4);
        assertTrue(present("#nameField"), "still the welcome page under it: nobody is chosen yet");
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
