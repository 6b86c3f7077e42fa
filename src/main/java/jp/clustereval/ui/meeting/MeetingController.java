package jp.clustereval.ui.meeting;

import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import jp.clustereval.chart.RadarChartFactory;
import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.fx.ChartPane;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Shortcut;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Binds Panel &gt; Meeting mode to its view model: the unit's radar and axis table, its comments,
 * conflicts and outlying grades, the two texts with Save; Alt+Right and Alt+Left move between units
 * from anywhere in the window (the text areas too), Ctrl+S saves.
 */
public final class MeetingController implements Disposable {

    private final MeetingViewModel vm;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private BorderPane meetingRoot;
    @FXML private Label meetingHeading;
    @FXML private Button meetingPrevious;
    @FXML private Button meetingNext;
    @FXML private CheckBox meetingShowEvaluators;
    @FXML private CheckBox meetingShowNames;
    @FXML private ChartPane meetingRadar;
    @FXML private TableView<AxisRow> meetingAxes;
    @FXML private TableColumn<AxisRow, String> meetingAxisColumn;
    @FXML private TableColumn<AxisRow, String> meetingValueColumn;
    @FXML private TableColumn<AxisRow, String> meetingCohortColumn;
    @FXML private TableColumn<AxisRow, String> meetingMinColumn;
    @FXML private TableColumn<AxisRow, String> meetingMaxColumn;
    @FXML private TableColumn<AxisRow, String> meetingSdColumn;
    @FXML private ListView<String> meetingComments;
    @FXML private ListView<String> meetingConflicts;
    @FXML private ListView<String> meetingOutliers;
    @FXML private TextArea meetingNote;
    @FXML private TextArea meetingConsensus;
    @FXML private Button meetingSave;
    @FXML private Label meetingSavedState;
    @FXML private Label meetingStatus;
    @FXML private Label meetingAxesTitle;
    @FXML private Label meetingCommentsTitle;
    @FXML private Label meetingOutliersTitle;
    @FXML private Label meetingConflictsTitle;
    @FXML private Label meetingNoteTitle;
    @FXML private Label meetingConsensusTitle;
    @FXML private ResourceBundle resources;

    public MeetingController(MeetingViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        meetingHeading.textProperty().bind(vm.headingProperty());
        meetingShowEvaluators.selectedProperty().bindBidirectional(vm.showEvaluatorsProperty());
        meetingShowNames.selectedProperty().bindBidirectional(vm.showNamesProperty());
        subscriptions.onChange(vm.radarProperty(), (obs, o, n) -> showRadar(n));
        showRadar(vm.radarProperty().get());
        meetingRadar.setAccessibleText(resources.getString("meeting.radar"));

        meetingAxes.setItems(vm.axisRows());
        text(meetingAxisColumn, AxisRow::axis);
        text(meetingValueColumn, AxisRow::value);
        text(meetingCohortColumn, AxisRow::cohort);
        text(meetingMinColumn, AxisRow::min);
        text(meetingMaxColumn, AxisRow::max);
        text(meetingSdColumn, AxisRow::sd);
        meetingAxes.setPlaceholder(new Label(resources.getString("meeting.axes.placeholder")));
        meetingAxes.setAccessibleText(resources.getString("meeting.axes"));

        list(meetingComments, "meeting.comments", "meeting.comments.none");
        meetingComments.setItems(vm.comments());
        list(meetingConflicts, "meeting.conflicts", "meeting.conflicts.none");
        meetingConflicts.setItems(vm.conflicts());
        list(meetingOutliers, "meeting.outliers", "meeting.outliers.none");
        meetingOutliers.setItems(vm.outliers());

        meetingNote.textProperty().bindBidirectional(vm.noteProperty());
        meetingConsensus.textProperty().bindBidirectional(vm.consensusProperty());
        meetingNote.setAccessibleText(resources.getString("meeting.note"));
        meetingConsensus.setAccessibleText(resources.getString("meeting.consensus"));
        meetingSavedState.textProperty().bind(javafx.beans.binding.Bindings.when(vm.savedProperty())
                .then(resources.getString("meeting.stored")).otherwise(resources.getString("meeting.unsaved")));
        meetingStatus.textProperty().bind(vm.statusProperty());
        meetingAxesTitle.setLabelFor(meetingAxes);
        meetingCommentsTitle.setLabelFor(meetingComments);
        meetingOutliersTitle.setLabelFor(meetingOutliers);
        meetingConflictsTitle.setLabelFor(meetingConflicts);
        meetingNoteTitle.setLabelFor(meetingNote);
        meetingConsensusTitle.setLabelFor(meetingConsensus);
        meetingRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void keys(KeyEvent e) {
        if (Shortcut.MEETING_NEXT.matches(e)) {
            vm.next();
            e.consume();
        } else if (Shortcut.MEETING_PREVIOUS.matches(e)) {
            vm.previous();
            e.consume();
        } else if (Shortcut.MEETING_SAVE.matches(e)) {
            vm.save();
            e.consume();
        }
    }

    private void showRadar(RadarData data) {
        meetingRadar.setChart(data == null ? null : RadarChartFactory.create(data));
    }

    /** A list of wrapped multi-line lines (comments are long), with its name and what it says when empty. */
    private void list(ListView<String> view, String nameKey, String emptyKey) {
        view.setAccessibleText(resources.getString(nameKey));
        view.setPlaceholder(new Label(resources.getString(emptyKey)));
        view.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
            }
        });
    }

    private static void text(TableColumn<AxisRow, String> column, Function<AxisRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** The keyboard goes to the discussion note (the window has just opened). */
    public void focusNote() {
        meetingNote.requestFocus();
    }

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void previous() {
        vm.previous();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
    }
}
