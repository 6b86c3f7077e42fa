package jp.clustereval.ui.overview;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.common.Decimals;
import jp.clustereval.common.SafeText;
import jp.clustereval.common.SpreadsheetCsv;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Overview;
import jp.clustereval.ui.common.Messages;

/**
 * The overview as tab-separated text for the clipboard (a spreadsheet pastes it as cells): a header
 * row, then one row per cluster; figures as plain numbers with two decimals rounded half up
 * ({@link Decimals}), a rank as an integer, blanks empty. Text cells are on one line with no tab
 * ({@link SafeText#line}) and can start no formula ({@link SpreadsheetCsv#neutralise}).
 */
final class OverviewTsv {

    private OverviewTsv() {
    }

    static String of(Overview o, Messages m) {
        Language lang = m.language();
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(m.get("overview.column.code"), m.get("overview.column.name")));
        for (Item i : o.columns()) {
            header.add(i.id() + " " + i.name().in(lang));
        }
        for (Axis a : o.round().axes()) {
            header.add(a.label(lang));
        }
        header.addAll(List.of(m.get("overview.column.total"), m.get("overview.column.rank"),
                m.get("overview.column.state")));
        line(out, header);
        for (Overview.Row r : o.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.code(), r.cluster().name().in(lang)));
            for (Item i : o.columns()) {
                cells.add(r.grade(i.id()) == null ? "" : r.grade(i.id()));
            }
            for (String axis : o.axisCodes()) {
                Double v = r.axes().get(axis);
                cells.add(v == null ? "" : number(v));
            }
            cells.add(Double.isNaN(r.total()) ? "" : number(r.total()));
            cells.add(r.rank() == 0 ? "" : Integer.toString(r.rank()));
            cells.add(OverviewViewModel.stateText(r, m));
            line(out, cells);
        }
        return out.toString();
    }

    /** Two decimals, half up, '.' whatever the locale (what a spreadsheet reads as a number). */
    static String number(double v) {
        return Decimals.halfUp(v, 2).toPlainString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(SpreadsheetCsv.neutralise(SafeText.line(cells.get(i))));
        }
        out.append('\n');
    }
}
