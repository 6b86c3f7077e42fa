package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.ui.clusters.ClusterRow;
import jp.clustereval.ui.common.Messages;

/**
 * A row makes its properties only when asked (100,000 rows, a few on screen): whenever one is
 * made, before or after a change of progress or language, it shows the current value and then
 * follows every change.
 */
class ClusterRowTest {

    private final Cluster ham = new Cluster("HAM", new LocalizedText("浜松オプトロニクスクラスター", "Hamamatsu Optronics Cluster"),
            new LocalizedText("浜松地域", "Hamamatsu"), "Shizuoka", List.of("IT", "Life Sciences"), 2002, "");

    @Test
    void propertiesMadeLateShowTheCurrentValuesAndFollowLaterChanges() {
        ClusterRow row = new ClusterRow(ham, 9, Messages.of(Language.EN));
        row.setProgress(3, 9, SheetStatus.DRAFT);
        assertEquals(3 / 9.0, row.progress(), 1e-12);
        row.localize(Messages.of(Language.JA));
        // made after the changes: current values
        assertEquals("3/9", row.progressTextProperty().get());
        assertEquals(SheetStatus.DRAFT, row.statusProperty().get());
        assertEquals("浜松オプトロニクスクラスター", row.nameProperty().get());
        assertEquals("IT, ライフサイエンス", row.fieldsProperty().get());
        // made before: they follow
        row.setProgress(9, 9, SheetStatus.COMPLETE);
        row.localize(Messages.of(Language.EN));
        assertEquals("9/9", row.progressTextProperty().get());
        assertEquals(1.0, row.progressProperty().get(), 1e-12);
        assertEquals("Complete", row.statusTextProperty().get());
        assertEquals("Hamamatsu Optronics Cluster", row.nameProperty().get());
        assertEquals("IT, Life Sciences", row.fieldsProperty().get());
        assertEquals("FY2002", row.cohortProperty().get());
        // a change through a property is the row's value
        row.gradedProperty().set(4);
        assertEquals(4 / 9.0, row.progress(), 1e-12);
    }

    @Test
    void searchMatchesCodeNamesAreaPrefecturesAndLocalizedFields() {
        ClusterRow row = new ClusterRow(ham, 9, Messages.of(Language.JA));
        assertTrue(row.matches("ham"));
        assertTrue(row.matches("オプト"));
        assertTrue(row.matches("shizuoka"));
        assertTrue(row.matches("ライフ"));
        assertFalse(row.matches("Kyoto"));
        assertTrue(row.matches(" "));
        ClusterRow untouched = new ClusterRow(ham, 9, Messages.of(Language.EN));
        assertNull(untouched.statusProperty().get());
        assertEquals("0/9", untouched.progressTextProperty().get());
    }
}
