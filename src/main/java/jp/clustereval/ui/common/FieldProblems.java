package jp.clustereval.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Marks the text fields whose input the view model refuses, where the input is: ControlsFX's
 * validation decoration (an error sign at the field's corner whose tooltip says what is wrong).
 * The view model stays the one judge: each field shows the problem text the view model gives for
 * it (empty when the input is fine), so a problem that one field causes in another (weights that
 * are all zero) is shown on every field it concerns. Screen readers get the same text as the
 * field's accessible help.
 */
public final class FieldProblems implements Disposable {

    private final ValidationSupport support = new ValidationSupport();
    private final Subscriptions subscriptions = new Subscriptions();

    /** Decorates field while problem is not empty. */
    public void watch(TextField field, ObservableStringValue problem) {
        support.registerValidator(field, false, (Control c, String text) ->
                ValidationResult.fromErrorIf(c, problem.get(), problem.get() != null && !problem.get().isEmpty()));
        field.accessibleHelpProperty().bind(problem);
        subscriptions.onChange(problem, (obs, o, n) -> support.revalidate(field));
        // ControlsFX shows marks only once a field was edited; the view model's verdict shows at once
        support.initInitialDecoration();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        support.getRegisteredControls().forEach(c -> c.accessibleHelpProperty().unbind());
    }
}
