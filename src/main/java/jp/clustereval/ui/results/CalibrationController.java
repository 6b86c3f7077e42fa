package jp.clustereval.ui.results;

import java.util.Locale;
import java.util.function.Supplier;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import jp.clustereval.domain.stats.Agreement;
import jp.clustereval.service.PanelService.CalibrationRow;
import jp.clustereval.ui.common.Cells;

/** The calibration tab: raw against calibrated, the outlier flags, the agreement (ICC(2,1)). */
public final class CalibrationController {

    private final CalibrationViewModel vm;

    @FXML private TableView<CalibrationRow> comparisonTable;
    @FXML private TableColumn<CalibrationRow, String> cmpCode;
    @FXML private TableColumn<CalibrationRow, String> cmpRaw;
    @FXML private TableColumn<CalibrationRow, String> cmpRawRank;
    @FXML private TableColumn<CalibrationRow, String> cmpCal;
    @FXML private TableColumn<CalibrationRow, String> cmpCalRank;
    @FXML private TableColumn<CalibrationRow, String> cmpShift;
    @FXML private TableView<CalibrationViewModel.OutlierLine> outlierTable;
    @FXML private TableColumn<CalibrationViewModel.OutlierLine, String> outKind;
    @FXML private TableColumn<CalibrationViewModel.OutlierLine, String> outEvaluator;
    @FXML private TableColumn<CalibrationViewModel.OutlierLine, String> outWhere;
    @FXML private TableColumn<CalibrationViewModel.OutlierLine, String> outValue;
    @FXML private TableColumn<CalibrationViewModel.OutlierLine, String> outReference;
    @FXML private TableColumn<CalibrationViewModel.OutlierLine, String> outDeviation;
    @FXML private TableView<Agreement> agreementTable;
    @FXML private TableColumn<Agreement, String> agrScope;
    @FXML private TableColumn<Agreement, String> agrTargets;
    @FXML private TableColumn<Agreement, String> agrRaters;
    @FXML private TableColumn<Agreement, String> agrIcc;
    @FXML private TableColumn<Agreement, String> agrAlpha;
    @FXML private TableColumn<Agreement, String> agrAlphaOrdinal;
    @FXML private TableColumn<Agreement, String> agrW;
    @FXML private java.util.ResourceBundle resources;

    public CalibrationController(PanelResultsViewModel panel) {
        this.vm = panel.calibration();
    }

    @FXML
    private void initialize() {
        Supplier<Locale> locale = () -> vm.app().messages().locale();
        Cells.text(cmpCode, CalibrationRow::clusterCode);
        Cells.number(cmpRaw, CalibrationRow::rawTotal, 2, locale);
        Cells.text(cmpRawRank, r -> Integer.toString(r.rawRank()));
        Cells.number(cmpCal, CalibrationRow::calibratedTotal, 2, locale);
        Cells.text(cmpCalRank, r -> Integer.toString(r.calibratedRank()));
        Cells.text(cmpShift, r -> {
            int d = r.rawRank() - r.calibratedRank();
            return d == 0 ? "=" : d > 0 ? "▲ " + d : "▼ " + (-d);
        });
        comparisonTable.setItems(vm.comparison());
        Cells.text(outKind, CalibrationViewModel.OutlierLine::kind);
        Cells.text(outEvaluator, CalibrationViewModel.OutlierLine::evaluator);
        Cells.text(outWhere, CalibrationViewModel.OutlierLine::where);
        Cells.text(outValue, CalibrationViewModel.OutlierLine::value);
        Cells.text(outReference, CalibrationViewModel.OutlierLine::reference);
        Cells.text(outDeviation, CalibrationViewModel.OutlierLine::deviation);
        outlierTable.setItems(vm.outliers());
        Cells.text(agrScope, a -> a.kind() == Agreement.Kind.TOTAL ? resources.getString("calibration.agreement.totals") : a.scope());
        Cells.text(agrTargets, a -> Integer.toString(a.targets()));
        Cells.text(agrRaters, a -> Integer.toString(a.raters()));
        Cells.number(agrIcc, Agreement::icc, 3, locale);
        Cells.number(agrAlpha, Agreement::alphaInterval, 3, locale);
        Cells.number(agrAlphaOrdinal, Agreement::alphaOrdinal, 3, locale);
        Cells.number(agrW, Agreement::kendallW, 3, locale);
        agreementTable.setItems(vm.agreement());
        for (var t : java.util.List.of(comparisonTable, outlierTable, agreementTable)) {
            t.setPlaceholder(new javafx.scene.control.Label(resources.getString("results.empty")));
        }
    }
}
