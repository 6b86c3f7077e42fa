package jp.clustereval.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.clustereval.AppInfo;
import jp.clustereval.common.Decimals;
import jp.clustereval.decisionrecord.DecisionRecord;
import jp.clustereval.domain.Language;

/**
 * The decision record as a PDF, in Japanese or English: the round and its finalisation, the weights
 * and how they were set, conflicts of interest, excluded and partial sheets, resolved conflicts and key
 * decisions, the results with their sensitivity verdicts, the allocation, the meeting's consensus comments
 * and discussion notes per unit; the Title in the document
 * information, and on every page the day it was made and "n / N".
 */
public final class DecisionRecordPdf {

    private DecisionRecordPdf() {
    }

    public static byte[] write(DecisionRecord r, ReportText t) {
        Language lang = t.language();
        try (PdfCanvas pdf = new PdfCanvas()) {
            String title = t.get("decision.title", r.round().name().in(lang));
            pdf.describe(title, lang);
            pdf.heading(title, 16);
            pdf.paragraph(t.get("decision.round", r.round().id(), kind(r.round().kind(), t),
                    r.round().fingerprint()), 9, 0);
            pdf.paragraph(t.get("decision.finalised", day(r.finalisedAt()), r.chair().name()), 11, 0);
            weights(pdf, r, t);
            results(pdf, r, t);
            allocation(pdf, r, t);
            units(pdf, r, t);
            cois(pdf, r, t);
            sheets(pdf, r, t);
            conflicts(pdf, r, t);
            pdf.gap(10);
            pdf.paragraph(t.get("decision.signed", r.signer().name(), day(r.madeAt())), 9, 0);
            pdf.paragraph(t.get("report.generated", AppInfo.version()), 8, 0);
            pdf.footer((page, total) -> t.get("decision.footer", day(r.madeAt()), String.valueOf(page), String.valueOf(total)), 8);
            return pdf.toBytes();
        }
    }

    private static void weights(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        DecisionRecord.WeightsPart w = r.weights();
        pdf.heading(t.get("decision.weights"), 13);
        String who = w.setBy() == null ? "-" : w.setBy();
        String when = w.setAt() == null ? "-" : day(w.setAt());
        pdf.paragraph(switch (w.how()) {
            case "ahp" -> t.get("report.weights.origin.ahp", who, when, decimal3(w.ahp().consistencyRatio()));
            case "file" -> t.get("report.weights.origin.file", who, when, w.file().signerName());
            case "direct" -> t.get("report.weights.origin.direct", who, when);
            default -> t.get("report.weights.origin.none");
        }, 9, 0);
        if (w.file() != null) {
            pdf.paragraph(t.get("decision.weights.file", w.file().signerName(), w.file().keyFingerprint(), w.file().sha256()), 8, 0);
            if (w.file().acceptedBy() != null) {
                pdf.paragraph(t.get("decision.weights.accepted", w.file().acceptedBy(), w.file().acceptReason()), 8, 0);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("report.axis"), t.get("report.weight")));
        w.axes().forEach((code, share) -> rows.add(List.of(code, pct(share))));
        pdf.table(rows, new float[] {120, 80}, 9);
        if (w.ahp() != null && w.ahp().matrix() != null) {
            pdf.paragraph(t.get("decision.weights.matrix"), 9, 0);
            List<List<String>> m = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of(""));
            head.addAll(w.axes().keySet());
            m.add(head);
            List<String> codes = new ArrayList<>(w.axes().keySet());
            double[][] matrix = w.ahp().matrix();
            for (int i = 0; i < matrix.length; i++) {
                List<String> row = new ArrayList<>(List.of(i < codes.size() ? codes.get(i) : ""));
                for (double v : matrix[i]) {
                    row.add(judgement(v));
                }
                m.add(row);
            }
            float[] widths = new float[head.size()];
            java.util.Arrays.fill(widths, 45);
            pdf.table(m, widths, 9);
        }
        List<List<String>> items = new ArrayList<>();
        items.add(List.of(t.get("report.item"), t.get("report.weight")));
        w.items().forEach((id, share) -> items.add(List.of(id, pct(share))));
        pdf.table(items, new float[] {120, 80}, 8);
    }

    private static void results(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        DecisionRecord.ResultsPart res = r.results();
        pdf.heading(t.get("decision.results"), 13);
        pdf.paragraph(t.get("report.basis", t.get("calibrated".equals(res.basis()) ? "report.basis.calibrated" : "report.basis.raw")), 9, 0);
        pdf.paragraph(t.get("report.sensitivity.note", res.draws(), String.valueOf(res.seed())), 8, 0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("decision.results.columns").split("\\|")));
        for (DecisionRecord.UnitResult u : res.units()) {
            rows.add(List.of(u.rank() == 0 ? "-" : String.valueOf(u.rank()), u.code(), u.name().in(t.language()),
                    ReportText.decimal(u.total()), String.valueOf(u.evaluators()),
                    u.bestRank() == 0 ? "-" : u.bestRank() + "-" + u.worstRank(),
                    Decimals.format(Locale.ROOT, "%.1f %%", u.tierChangeShare() * 100),
                    t.get(u.robust() ? "report.robust" : "report.fragile")));
        }
        pdf.table(rows, new float[] {30, 40, 180, 45, 40, 50, 55, 55}, 8.5f);
    }

    private static void allocation(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        pdf.heading(t.get("decision.allocation"), 13);
        DecisionRecord.AllocationPart a = r.allocation();
        if (a == null) {
            pdf.paragraph(t.get("decision.allocation.none"), 9, 0);
            return;
        }
        pdf.paragraph(t.get("decision.allocation.settings", t.yen(a.poolYen()), t.get("report.allocation.rule." + a.rule()),
                t.yen(a.floorYen()), a.capYen() == null ? "-" : t.yen(a.capYen()), t.yen(a.baselineYen()), pct(a.tierStep())), 9, 0);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("decision.allocation.columns").split("\\|")));
        for (DecisionRecord.UnitAllocation u : a.units()) {
            rows.add(List.of(u.code(), String.valueOf(u.rank()), t.get("report.allocation.tier." + u.tier()),
                    t.yen(u.baselineYen()), t.yen(u.allocationYen())));
        }
        rows.add(List.of(t.get("decision.allocation.sum"), "", "", "", t.yen(a.sumYen())));
        pdf.table(rows, new float[] {60, 40, 60, 120, 120}, 9);
    }

    /**
     * Each unit's consensus comment and discussion note as typed (line breaks kept, everything else
     * escaped by {@link PdfCanvas#comment}), under the unit's code and, when ranked, its name.
     */
    private static void units(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        pdf.heading(t.get("decision.units"), 13);
        if (r.units().isEmpty()) {
            pdf.paragraph(t.get("decision.units.none"), 9, 0);
            return;
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        r.results().units().forEach(u -> names.put(u.code(), u.name().in(t.language())));
        for (DecisionRecord.UnitNotes u : r.units()) {
            String name = names.get(u.code());
            pdf.ensure(45); // the unit's line with at least its first text, not alone at the foot of a page
            pdf.gap(4);
            pdf.paragraph(name == null ? u.code() : u.code() + "  " + name, 10, 0);
            if (!u.consensus().isEmpty()) {
                pdf.comment(t.get("decision.units.consensus") + " ", u.consensus(), 9, 12);
            }
            if (!u.note().isEmpty()) {
                pdf.comment(t.get("decision.units.note") + " ", u.note(), 9, 12);
            }
        }
        pdf.gap(10);
    }

    private static void cois(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        pdf.heading(t.get("decision.coi"), 13);
        if (r.conflictsOfInterest().isEmpty()) {
            pdf.paragraph(t.get("decision.none"), 9, 0);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("decision.coi.columns").split("\\|")));
        for (DecisionRecord.Coi c : r.conflictsOfInterest()) {
            rows.add(List.of(c.evaluator().name(), c.unit(), c.note(), day(c.declaredAt()),
                    c.included() ? t.get("decision.coi.included", c.includedBy(), c.includeReason()) : t.get("decision.coi.excluded")));
        }
        pdf.table(rows, new float[] {110, 45, 130, 65, 145}, 8.5f);
    }

    private static void sheets(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        pdf.heading(t.get("decision.sheets"), 13);
        if (r.excludedSheets().isEmpty() && r.partialSheets().isEmpty()) {
            pdf.paragraph(t.get("decision.none"), 9, 0);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.get("decision.sheets.columns").split("\\|")));
        for (DecisionRecord.SheetRef s : r.excludedSheets()) {
            rows.add(List.of(s.evaluator().name(), s.unit(), t.get("decision.sheets.excluded")));
        }
        for (DecisionRecord.PartialSheet s : r.partialSheets()) {
            rows.add(List.of(s.evaluator().name(), s.unit(), t.get("decision.sheets.partial", s.graded(), s.total())));
        }
        pdf.table(rows, new float[] {160, 60, 275}, 8.5f);
    }

    private static void conflicts(PdfCanvas pdf, DecisionRecord r, ReportText t) {
        pdf.heading(t.get("decision.conflicts"), 13);
        pdf.paragraph(t.get("decision.conflicts.open", r.openConflicts()), 9, 0);
        if (!r.resolvedConflicts().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(t.get("decision.conflicts.columns").split("\\|")));
            for (DecisionRecord.ResolvedConflict c : r.resolvedConflicts()) {
                rows.add(List.of(c.evaluator().name(), c.unit(), String.valueOf(c.revision()),
                        t.get("incoming".equals(c.resolution()) ? "decision.conflicts.kept.incoming" : "decision.conflicts.kept.stored"),
                        c.resolvedBy(), c.reason()));
            }
            pdf.table(rows, new float[] {100, 40, 40, 80, 80, 155}, 8.5f);
        }
        pdf.paragraph(t.get("decision.keys"), 10, 0);
        if (r.keyDecisions().isEmpty() && r.nameDecisions().isEmpty()) {
            pdf.paragraph(t.get("decision.none"), 9, 0);
            return;
        }
        for (DecisionRecord.KeyDecision k : r.keyDecisions()) {
            pdf.paragraph(t.get("decision.keys.key", k.evaluator().name(), k.fingerprint(), trust(k.trust(), t),
                    day(k.at()), k.by(), k.reason()), 8.5f, 12);
        }
        for (DecisionRecord.NameDecision n : r.nameDecisions()) {
            pdf.paragraph(t.get("decision.keys.name", n.oldName(), n.newName(), day(n.at()), n.by(), n.reason()), 8.5f, 12);
        }
    }

    /** The round's kind in the report's words (literal keys: the bundle check finds every key used). */
    private static String kind(jp.clustereval.domain.RoundKind kind, ReportText t) {
        return switch (kind) {
            case MID_TERM -> t.get("decision.kind.midTerm");
            case FINAL -> t.get("decision.kind.final");
            default -> t.get("decision.kind.other");
        };
    }

    /** What the chair decided on a key: verified, accepted as a new key, or (not in a record) pinned on first use. */
    private static String trust(String trust, ReportText t) {
        return switch (trust) {
            case "verified" -> t.get("decision.trust.verified");
            case "override" -> t.get("decision.trust.override");
            default -> t.get("decision.trust.first_use");
        };
    }

    /** A day as the record shows it: the UTC date (the record is one document wherever it is read). */
    static String day(Instant at) {
        return at == null ? "-" : at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A Saaty judgement as typed: whole numbers and their reciprocals as n and 1/n, anything else with three places. */
    static String judgement(double v) {
        long whole = Math.round(v);
        if (whole >= 1 && Math.abs(v - whole) < 1e-9) {
            return String.valueOf(whole);
        }
        long inverse = Math.round(1 / v);
        if (inverse >= 2 && Math.abs(1 / v - inverse) < 1e-9) {
            return "1/" + inverse;
        }
        return decimal3(v);
    }

    private static String decimal3(double v) {
        return Decimals.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double share) {
        return Decimals.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
