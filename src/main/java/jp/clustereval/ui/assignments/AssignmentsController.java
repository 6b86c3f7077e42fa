package jp.clustereval.ui.assignments;

import java.util.ResourceBundle;

import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.Disposable;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Subscriptions;

/**
 * Binds Round &gt; Assignments: builds the grid of check boxes (rostered evaluators x the round's
 * units) from the view model's grid, moves between cells with the arrow keys (Space ticks, as a
 * check box does), and shows a declared conflict of interest as a cell that cannot be ticked.
 */
public final class AssignmentsController implements Disposable {

    private final AssignmentsViewModel vm;
    private final DialogService dialogs;
    private final Subscriptions subscriptions = new Subscriptions();
    private final SetChangeListener<String> pendingShown = change -> showTicks();
    private CheckBox[][] cells = new CheckBox[0][0];
    private boolean showing;

    @FXML private BorderPane assignmentsRoot;
    @FXML private GridPane assignmentGrid;
    @FXML private Label assignmentsEveryone;
    @FXML private Label assignmentsNoEvaluators;
    @FXML private Label assignmentsMessage;
    @FXML private Label assignmentsPending;
    @FXML private Button assignmentsApply;
    @FXML private Button assignmentsRevert;
    @FXML private Button assignmentsImport;
    @FXML private ResourceBundle resources;

    public AssignmentsController(AssignmentsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        assignmentsEveryone.visibleProperty().bind(vm.everyoneGradesEverythingProperty());
        assignmentsEveryone.managedProperty().bind(assignmentsEveryone.visibleProperty());
        assignmentsMessage.textProperty().bind(vm.messageProperty());
        assignmentsPending.textProperty().bind(vm.pendingTextProperty());
        assignmentsApply.disableProperty().bind(vm.canApplyProperty().not());
        assignmentsRevert.disableProperty().bind(vm.canApplyProperty().not());
        assignmentsImport.disableProperty().bind(vm.canImportProperty().not());
        assignmentGrid.addEventFilter(KeyEvent.KEY_PRESSED, this::move);
        subscriptions.onChange(vm.gridProperty(), (obs, o, n) -> build(n));
        vm.pending().addListener(pendingShown);
        build(vm.gridProperty().get());
    }

    private void build(AssignmentGrid grid) {
        assignmentGrid.getChildren().clear();
        assignmentsNoEvaluators.setVisible(grid.evaluators().isEmpty());
        assignmentsNoEvaluators.setManaged(grid.evaluators().isEmpty());
        Label corner = new Label(resources.getString("assignments.evaluator"));
        corner.setId("assignHeaderEvaluator");
        assignmentGrid.add(corner, 0, 0);
        for (int c = 0; c < grid.units().size(); c++) {
            AssignmentGrid.Unit unit = grid.units().get(c);
            Label header = new Label(unit.code());
            header.setId("assignHeader-" + unit.code());
            header.setTooltip(new Tooltip(unit.name()));
            assignmentGrid.add(header, c + 1, 0);
            GridPane.setHalignment(header, javafx.geometry.HPos.CENTER);
        }
        cells = new CheckBox[grid.evaluators().size()][grid.units().size()];
        for (int r = 0; r < grid.evaluators().size(); r++) {
            AssignmentGrid.Person person = grid.evaluators().get(r);
            Label name = new Label(person.label());
            name.setId("assignPerson-" + r);
            assignmentGrid.add(name, 0, r + 1);
            for (int c = 0; c < grid.units().size(); c++) {
                AssignmentGrid.Unit unit = grid.units().get(c);
                if (grid.isConflict(person.id(), unit.code())) {
                    Label coi = new Label(resources.getString("assignments.coi"));
                    coi.setId("assign-" + r + "-" + unit.code());
                    coi.getStyleClass().add("assignment-conflict");
                    coi.setTooltip(new Tooltip(resources.getString("assignments.coi.tooltip")));
                    assignmentGrid.add(coi, c + 1, r + 1);
                    GridPane.setHalignment(coi, javafx.geometry.HPos.CENTER);
                    continue;
                }
                CheckBox box = new CheckBox();
                box.setId("assign-" + r + "-" + unit.code());
                box.setAccessibleText(Messages.format(resources, "assignments.cell.accessible", person.label(), unit.name()));
                box.selectedProperty().addListener((obs, o, ticked) -> {
                    if (!showing && !vm.setTicked(person.id(), unit.code(), ticked)) {
                        showTicks();
                    }
                });
                cells[r][c] = box;
                assignmentGrid.add(box, c + 1, r + 1);
                GridPane.setHalignment(box, javafx.geometry.HPos.CENTER);
            }
        }
        showTicks();
    }

    /** Every check box shows what is stored or waiting for Apply. */
    private void showTicks() {
        AssignmentGrid grid = vm.gridProperty().get();
        showing = true;
        try {
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    CheckBox box = cells[r][c];
                    if (box != null && r < grid.evaluators().size() && c < grid.units().size()) {
                        String id = grid.evaluators().get(r).id();
                        String code = grid.units().get(c).code();
                        box.setSelected(vm.isTicked(id, code));
                        box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("pending"),
                                vm.pending().contains(AssignmentGrid.cell(id, code)));
                    }
                }
            }
        } finally {
            showing = false;
        }
    }

    /** The arrow keys move to the next cell that can be ticked in their direction (a conflict's cell is skipped). */
    private void move(KeyEvent e) {
        int dr = switch (e.getCode()) {
            case UP -> -1;
            case DOWN -> 1;
            default -> 0;
        };
        int dc = switch (e.getCode()) {
            case LEFT -> -1;
            case RIGHT -> 1;
            default -> 0;
        };
        if (dr == 0 && dc == 0) {
            return;
        }
        int[] at = focused();
        if (at == null) {
            return;
        }
        e.consume();
        for (int r = at[0] + dr, c = at[1] + dc; r >= 0 && r < cells.length && c >= 0 && c < cells[r].length;
             r += dr, c += dc) {
            if (cells[r][c] != null) {
                cells[r][c].requestFocus();
                return;
            }
        }
    }

    private int[] focused() {
        Node owner = assignmentGrid.getScene() == null ? null : assignmentGrid.getScene().getFocusOwner();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c] != null && cells[r][c] == owner) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    /** The keyboard goes to the first cell that can be ticked. */
    public void focusGrid() {
        for (CheckBox[] row : cells) {
            for (CheckBox box : row) {
                if (box != null) {
                    box.requestFocus();
                    return;
                }
            }
        }
    }

    @FXML
    private void apply() {
        vm.apply();
    }

    @FXML
    private void revert() {
        vm.revert();
    }

    @FXML
    private void importCsv() {
        dialogs.chooseOpenFile(DialogService.FileRequest.Kind.OPEN_CSV).ifPresent(vm::importCsv);
    }

    @FXML
    private void close() {
        Window w = assignmentsRoot.getScene() == null ? null : assignmentsRoot.getScene().getWindow();
        if (w != null) {
            w.hide();
        }
    }

    @Override
    public void dispose() {
        vm.pending().removeListener(pendingShown);
        subscriptions.dispose();
    }
}
