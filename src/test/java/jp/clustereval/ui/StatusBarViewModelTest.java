package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.main.StatusBarViewModel;

/** The status bar names the open database file, and marks it when the session is read-only. */
class StatusBarViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlySessionShowsThePathAndTheReadOnlyMark() throws Exception {
        Path db = dir.resolve("viewed.db");
        try (VmFixture w = new VmFixture(db, Language.EN)) {
            w.createEvaluator("Writer");
        }
        Session ro = Session.open(db, true).session();
        VmFixture fx = new VmFixture(dir.resolve("scratch.db"), Language.EN);
        try {
            StatusBarViewModel status = new StatusBarViewModel(fx.app);
            String path = db.toAbsolutePath().normalize().toString();
            assertEquals(dir.resolve("scratch.db").toAbsolutePath().normalize().toString(), status.databaseProperty().get(),
                    "a writable session shows the bare path");
            assertEquals("Changes are saved automatically", status.savedProperty().get());

            fx.app.sessionProperty().set(ro);
            assertTrue(ro.readOnly());
            assertEquals(path + " (read-only)", status.databaseProperty().get());
            // nothing is saved in a read-only window: it must not say that changes are saved
            assertEquals("Read-only: nothing is changed or saved", status.savedProperty().get());

            fx.app.languageProperty().set(Language.JA);
            assertEquals(path + "（読み取り専用）", status.databaseProperty().get());
            assertEquals("読み取り専用：変更も保存もされません", status.savedProperty().get());
        } finally {
            fx.close();
            ro.close();
        }
    }
}
