package jp.clustereval.service;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.report.ReportText;

/**
 * The reminder a chair copies into an e-mail to an evaluator who is missing: addressee, subject,
 * the round's name, the units still owed and how far each is, in Japanese or English (bundle
 * i18n/reports). It names no deadline: the database holds none, and the chair adds their own.
 * Names and e-mail come from the database and score files, so each is made safe ({@link SafeText#line})
 * before it is placed in the text: the reminder can go to a terminal, a clipboard or an e-mail as it is.
 */
public final class MissingReminder {

    private MissingReminder() {
    }

    /** The reminder to one evaluator, lines separated by "\n", ending with one. */
    public static String text(MissingEvaluators missing, MissingEvaluators.Row row, Language language) {
        ReportText t = new ReportText(language);
        String name = SafeText.line(row.evaluator().name());
        String email = SafeText.line(row.email());
        String round = SafeText.line(missing.roundName().in(language));
        List<String> lines = new ArrayList<>();
        lines.add(email.isEmpty() ? t.get("missing.reminder.to", name) : t.get("missing.reminder.toEmail", name, email));
        lines.add(t.get("missing.reminder.subject", round));
        lines.add("");
        lines.add(t.get("missing.reminder.greeting", name));
        lines.add("");
        lines.add(t.get(row.state() == MissingEvaluators.State.NOTHING ? "missing.reminder.nothing"
                : "missing.reminder.partial", round));
        for (MissingEvaluators.Unit u : row.units()) {
            String unit = SafeText.line(u.code()) + " " + SafeText.line(unitName(u.name(), language));
            lines.add("  " + (u.isMissing() ? t.get("missing.reminder.unitMissing", unit)
                    : t.get("missing.reminder.unitPartial", unit, u.graded(), u.total())));
        }
        lines.add("");
        lines.add(t.get("missing.reminder.request"));
        lines.add("");
        lines.add(t.get("missing.reminder.thanks"));
        return String.join("\n", lines) + "\n";
    }

    /** Every missing evaluator's reminder, one after the other, separated by a line of dashes. */
    public static String all(MissingEvaluators missing, Language language) {
        List<String> texts = new ArrayList<>();
        for (MissingEvaluators.Row row : missing.rows()) {
            texts.add(text(missing, row, language));
        }
        return String.join("\n" + "-".repeat(40) + "\n\n", texts);
    }

    private static String unitName(LocalizedText name, Language language) {
        return name == null ? "" : name.in(language);
    }
}
