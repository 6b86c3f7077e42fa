package jp.clustereval.ui.results;

import jp.clustereval.ui.allocation.AllocationViewModel;
import jp.clustereval.ui.comments.CommentsViewModel;
import jp.clustereval.ui.reports.ReportsViewModel;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.sensitivity.SensitivityViewModel;
import jp.clustereval.ui.weights.WeightsViewModel;

/**
 * The chair's results window: weights, results, calibration, sensitivity, allocation and comments
 * over one choice of cohort and raw/calibrated grades. A stored weight change, or a new choice,
 * computes every derived figure again at once.
 */
public final class PanelResultsViewModel {

    private final ResultsViewModel results;
    private final WeightsViewModel weights;
    private final CalibrationViewModel calibration;
    private final SensitivityViewModel sensitivity;
    private final AllocationViewModel allocation;
    private final CommentsViewModel comments;
    private final ReportsViewModel reports;

    /**
     * The views of the results window, made by the application's one wiring place
     * ({@code ui.ViewModels}): the weights ask the results to be computed again when they change,
     * and the calibration, sensitivity, allocation and reports take their scope from the results.
     */
    public record Parts(ResultsViewModel results, WeightsViewModel weights, CalibrationViewModel calibration,
                        SensitivityViewModel sensitivity, AllocationViewModel allocation, CommentsViewModel comments,
                        ReportsViewModel reports) {
    }

    public PanelResultsViewModel(AppState app, Parts parts) {
        results = parts.results();
        weights = parts.weights();
        calibration = parts.calibration();
        sensitivity = parts.sensitivity();
        allocation = parts.allocation();
        comments = parts.comments();
        reports = parts.reports();
        // the weights' labels follow the UI language; the results relabel themselves and the rest follows them
        app.languageProperty().addListener((obs, o, n) -> {
            if (!weights.axes().isEmpty()) {
                weights.refresh();
            }
        });
        // every computation (even one giving equal figures, e.g. after a language change) updates the rest
        results.setOnComputed(this::derived);
    }

    /** Reads everything (the window opened). */
    public void refresh() {
        weights.refresh();
        results.refresh();
        comments.refresh();
    }

    /** New results: every figure computed from them follows. */
    private void derived() {
        calibration.refresh();
        sensitivity.refresh();
        if (!allocation.rows().isEmpty()) {
            allocation.allocate();
        }
    }

    public ResultsViewModel results() {
        return results;
    }

    public WeightsViewModel weights() {
        return weights;
    }

    public CalibrationViewModel calibration() {
        return calibration;
    }

    public SensitivityViewModel sensitivity() {
        return sensitivity;
    }

    public AllocationViewModel allocation() {
        return allocation;
    }

    public CommentsViewModel comments() {
        return comments;
    }

    public ReportsViewModel reports() {
        return reports;
    }
}
