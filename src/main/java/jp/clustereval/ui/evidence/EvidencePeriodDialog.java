package jp.clustereval.ui.evidence;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import jp.clustereval.ui.common.Messages;

/**
 * Asks for the period of the figures an evidence CSV holds (e.g. FY2002-2006); blank means the
 * round's only period. The service checks the text (one line, at most 40 characters).
 */
public final class EvidencePeriodDialog {

    private EvidencePeriodDialog() {
    }

    /** The dialog; its result is the text typed (possibly blank), none when cancelled. */
    public static Dialog<String> create(Messages m) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(m.get("evidence.import.title"));
        dialog.setHeaderText(m.get("evidence.import.header"));
        TextField period = new TextField();
        period.setId("evidencePeriodField");
        period.setPromptText("FY2002-2006");
        Label label = new Label(m.get("evidence.import.period"));
        label.setLabelFor(period);
        label.setWrapText(true);
        VBox content = new VBox(8, label, period);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("evidence.import.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ok ? period.getText() : null);
        dialog.setOnShown(e -> period.requestFocus());
        return dialog;
    }
}
