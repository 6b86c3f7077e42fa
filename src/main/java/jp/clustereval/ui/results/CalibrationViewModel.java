package jp.clustereval.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.domain.stats.Agreement;
import jp.clustereval.service.PanelService;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * Raw and calibrated totals side by side, the outlier flags (grades 1.5 points or more from the
 * other evaluators' mean; evaluators whose mean is more than one SD of evaluator means off) and the
 * inter-rater agreement (ICC(2,1), Krippendorff's alpha) per axis, of the totals (with Kendall's W) and per
 * cluster.
 */
public final class CalibrationViewModel {

    /** One flagged grade or evaluator as the chair reads it. */
    public record OutlierLine(String kind, String evaluator, String where, String value, String reference,
                              String deviation) {
    }

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Supplier<PanelService.Scope> scope;
    private final ObservableList<PanelService.CalibrationRow> comparison = FXCollections.observableArrayList();
    private final ObservableList<OutlierLine> outliers = FXCollections.observableArrayList();
    private final ObservableList<Agreement> agreement = FXCollections.observableArrayList();
    private int generation;

    public CalibrationViewModel(AppState app, BackgroundTasks tasks, Supplier<PanelService.Scope> scope) {
        this.app = app;
        this.tasks = tasks;
        this.scope = scope;
    }

    private record Loaded(List<PanelService.CalibrationRow> comparison, List<OutlierLine> outliers,
                          List<Agreement> agreement) {
    }

    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        PanelService.Scope sc = scope.get();
        Messages m = app.messages();
        int mine = ++generation;
        tasks.run(() -> {
            PersonLabels names = PersonLabels.of(s.services().evaluators().all());
            PanelService.AgreementReport agreement = s.services().panel().agreement(sc);
            List<Agreement> a = new ArrayList<>(agreement.perAxis());
            a.add(agreement.totals());
            a.addAll(agreement.perCluster());
            return new Loaded(s.services().panel().calibrationComparison(sc),
                    lines(s.services().panel().outliers(sc.roundId()), names, m), a);
        }, l -> {
            if (mine == generation) {
                comparison.setAll(l.comparison());
                outliers.setAll(l.outliers());
                agreement.setAll(l.agreement());
            }
        });
    }

    /** The outlier lines with their texts, on the worker (one per outlying grade: thousands in a large round). */
    private static List<OutlierLine> lines(PanelService.OutlierReport report, PersonLabels names, Messages m) {
        List<OutlierLine> lines = new ArrayList<>();
        report.evaluators().forEach(e -> lines.add(new OutlierLine(m.get("calibration.outlier.evaluator"),
                names.label(e.evaluatorId()), m.format("calibration.grades", e.grades()),
                score(e.mean(), m), score(e.panelMean(), m), signed(e.deviation(), m))));
        report.grades().forEach(g -> lines.add(new OutlierLine(m.get("calibration.outlier.grade"),
                names.label(g.evaluatorId()), g.clusterCode() + " " + g.itemId(),
                g.grade(), score(g.othersMean(), m), signed(g.deviation(), m))));
        return lines;
    }

    private static String score(double v, Messages m) {
        return Double.isNaN(v) ? "—" : jp.clustereval.common.Decimals.format(m.locale(), "%.2f", v);
    }

    private static String signed(double v, Messages m) {
        return Double.isNaN(v) ? "—" : jp.clustereval.common.Decimals.format(m.locale(), "%+.2f", v);
    }

    public ObservableList<PanelService.CalibrationRow> comparison() {
        return comparison;
    }

    public ObservableList<OutlierLine> outliers() {
        return outliers;
    }

    /** The axes first (targets = clusters), then the clusters (targets = items). */
    public ObservableList<Agreement> agreement() {
        return agreement;
    }

    public AppState app() {
        return app;
    }
}
