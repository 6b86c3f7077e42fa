package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.text.Font;

/** The bundled font is registered (in the background, then awaited); a missing one does not stop the windows. */
class UiFontsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theBundledFontIsRegisteredFromTheBackgroundLoad() throws Exception {
        UiFonts.loadInBackground();
        assertTrue(UiFonts.load());
        Font font = WaitForAsyncUtils.asyncFx(() -> Font.font(UiFonts.FAMILY, 13)).get(10, TimeUnit.SECONDS);
        assertEquals(UiFonts.FAMILY, font.getFamily(), "the family app.css names is known to JavaFX");
        assertTrue(Font.getFamilies().contains(UiFonts.FAMILY));
    }

    @Test
    void aMissingFontIsReportedNotThrown() {
        assertFalse(UiFonts.register("/fonts/not-there.ttf"));
    }
}
