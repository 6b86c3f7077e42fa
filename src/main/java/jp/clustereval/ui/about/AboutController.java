package jp.clustereval.ui.about;

import java.util.ResourceBundle;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import jp.clustereval.ui.common.Messages;

/** Fills the About window. */
public final class AboutController {

    private final AboutViewModel vm;

    @FXML private Label aboutName;
    @FXML private Label aboutVersion;
    @FXML private Label aboutRound;
    @FXML private Label aboutDatabase;
    @FXML private Label aboutRuntime;
    @FXML private ResourceBundle resources;

    public AboutController(AboutViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        aboutName.setText(vm.name());
        aboutVersion.setText(Messages.format(resources, "about.version", vm.version()));
        aboutRound.setText(Messages.format(resources, "about.round", vm.round()));
        aboutDatabase.setText(Messages.format(resources, "about.database", vm.database()));
        aboutRuntime.setText(vm.runtime());
    }

    @FXML
    private void close() {
        aboutName.getScene().getWindow().hide();
    }
}
