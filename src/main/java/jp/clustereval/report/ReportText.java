package jp.clustereval.report;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jp.clustereval.domain.Language;

/** The report texts of i18n/reports in one language (Japanese or English, never a mix by fallback). */
public final class ReportText {

    private final ResourceBundle bundle;
    private final Language language;

    public ReportText(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("i18n/reports", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale()).format(args);
    }

    /** An amount in whole yen, grouped by thousands, as this language writes it (¥1,000 / 1,000 円). */
    public String yen(long amount) {
        return get("report.yen", String.format(java.util.Locale.ROOT, "%,d", amount));
    }

    /** A metric's label, or its key when the bundle has none (a metric added later). */
    public String metric(String metric) {
        String key = "report.metric." + metric;
        return bundle.containsKey(key) ? bundle.getString(key) : metric;
    }

    /** The sentence of a tie note ({@code report.tie.shownAlike}, ...) in this language. */
    public String tieNote(jp.clustereval.domain.panel.TieNotes.Note note) {
        return get(note.kind() == jp.clustereval.domain.panel.TieNotes.Kind.SHOWN_ALIKE ? "report.tie.shownAlike"
                : "report.tie.yenApart", note.args());
    }

    /** A cluster's evaluators: the count, with its unfinished sheets left out or (with them included) counted. */
    public String evaluators(jp.clustereval.domain.panel.ClusterFigures f, boolean includePartial) {
        return f.partial() == 0 ? String.valueOf(f.evaluators())
                : get(includePartial ? "report.partialSheetsIncluded" : "report.partialSheets", f.evaluators(), f.partial());
    }

    public static String decimal(double v) {
        return Double.isNaN(v) ? "-" : jp.clustereval.common.Decimals.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
