package jp.clustereval.ui.evidence;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Subscriptions;

/** Shows the evidence lines as a two-column table (metric, number). */
public final class EvidenceController implements Disposable {

    private final EvidenceViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private GridPane evidenceGrid;
    @FXML private Label evidencePlaceholder;

    public EvidenceController(EvidenceViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        evidencePlaceholder.textProperty().bind(vm.placeholderProperty());
        evidencePlaceholder.visibleProperty().bind(vm.placeholderProperty().isNotEmpty());
        evidencePlaceholder.managedProperty().bind(evidencePlaceholder.visibleProperty());
        subscriptions.onListChange(vm.lines(), change -> render());
        render();
    }

    private void render() {
        evidenceGrid.getChildren().clear();
        int row = 0;
        for (EvidenceLine line : vm.lines()) {
            Label label = new Label(line.label());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            if (line.heading()) {
                label.getStyleClass().add("evidence-period");
                label.setId("evidencePeriod-" + row);
                evidenceGrid.add(label, 0, row, 2, 1);
            } else {
                label.setId("evidenceLabel-" + line.metric());
                label.getStyleClass().add("evidence-label");
                Label value = new Label(line.value());
                value.setId("evidenceValue-" + line.metric());
                value.getStyleClass().add("evidence-value");
                value.setMinWidth(Region.USE_PREF_SIZE);
                value.setAccessibleText(line.label() + " " + line.value());
                evidenceGrid.addRow(row, label, value);
            }
            row++;
        }
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
