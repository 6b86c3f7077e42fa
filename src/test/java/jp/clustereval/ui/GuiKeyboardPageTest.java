package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Shortcut;

/**
 * Help &gt; Keyboard (F1): built from the one table of shortcuts the menus take their accelerators
 * from, so every menu shortcut is on the page, in the language of the window.
 */
class GuiKeyboardPageTest extends GuiTestBase {

    private void startAsEvaluator(Language language) throws Exception {
        Path db = dir.resolve("evaluator.db");
        try (Services services = Services.open(db, false, dir.resolve("keys"))) {
            services.evaluators().createLocal("Ichiro Hyoka", "University A");
        }
        FxToolkit.registerPrimaryStage();
        app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, language)));
        waitUntil(() -> present("#clusterTable") && !robot.lookup("#clusterTable").queryTableView().getItems().isEmpty());
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void theKeyboardPageListsEveryMenuShortcutInBothLanguages() throws Exception {
        startAsEvaluator(Language.JA);
        // every accelerator of the menus is a row of the table the page is built from
        List<MenuItem> withKeys = fx(() -> {
            List<MenuItem> all = new ArrayList<>();
            for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
                collect(m, all);
            }
            return all.stream().filter(i -> i.getAccelerator() != null).toList();
        });
        assertTrue(withKeys.size() >= 15, "the menus carry their shortcuts: " + withKeys.size());
        for (MenuItem item : withKeys) {
            Shortcut row = java.util.Arrays.stream(Shortcut.values())
                    .filter(s -> s.menuItemId().filter(item.getId()::equals).isPresent()).findFirst().orElseThrow();
            assertEquals(row.keys().orElseThrow(), item.getAccelerator(), item.getId());
        }
        robot.type(KeyCode.F1);
        waitUntil(() -> present("#keyboardGrid"));
        Messages ja = Messages.of(Language.JA);
        for (Shortcut s : Shortcut.values()) {
            assertEquals(s.keysText(ja), fx(() -> robot.lookup("#keyboardKeys-" + s.name()).queryAs(Label.class).getText()));
            String action = fx(() -> robot.lookup("#keyboardAction-" + s.name()).queryAs(Label.class).getText());
            assertEquals(s.actionText(ja), action);
            assertFalse(action.isBlank() || action.startsWith("keys.") || action.startsWith("menu.")
                    || action.contains("_") || action.matches(".*\\([A-Z]\\).*"), action);
        }
        assertEquals("コメント欄", fx(() -> robot.lookup("#keyboardArea-TEXT_BOX").queryAs(Label.class).getText()));
        // Ctrl+L from the keyboard page: everything, the page too, in English
        Window page = fx(() -> robot.lookup("#keyboardGrid").query().getScene().getWindow());
        waitUntil(() -> page.isFocused());
        ctrl(KeyCode.L);
        waitUntil(() -> "In a comment box".equals(fx(() -> robot.lookup("#keyboardArea-TEXT_BOX").tryQuery()
                .map(n -> ((Label) n).getText()).orElse(null))));
        assertEquals("Quit", fx(() -> robot.lookup("#keyboardAction-QUIT").queryAs(Label.class).getText()));
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, into);
            } else {
                into.add(i);
            }
        }
    }

}
