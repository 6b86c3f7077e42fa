package jp.clustereval.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.FileReport;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportService;
import jp.clustereval.service.SheetChange;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * A preview or a commit report as the import window shows it, in one language: a row per file
 * with its sheets' rows and every text formatted, and the summary. Built on the worker (a thousand
 * files are 18,000 sheet rows and their texts: a long stall if built on the FX thread), handed to
 * the FX thread whole, which then only swaps the table's items.
 *
 * @param committed true for the report after a commit (accepted files read "stored")
 */
record ImportTable(ImportPreview preview, List<ImportFileRow> rows, String summary, Messages messages,
                   boolean committed, PersonLabels labels) {

    ImportTable {
        rows = List.copyOf(rows);
    }

    /**
     * Reads and checks the sources (on the worker) into the preview's table; a folder without
     * score files shows as a refused row, and never keeps the good files out.
     */
    static ImportTable checked(Session session, List<Path> sources, ImportOptions options, Messages m) {
        List<Path> good = new ArrayList<>();
        List<FileReport> refused = new ArrayList<>();
        for (Path p : sources) {
            try {
                good.addAll(ImportService.expand(List.of(p)));
            } catch (UserFacingException e) {
                refused.add(FileReport.refused(p, e));
            }
        }
        ImportPreview checked = good.isEmpty() ? new ImportPreview(List.of(), options)
                : session.services().imports().preview(good, options);
        return of(checked.plus(refused), session, m, false);
    }

    /** The rows of a preview or report, its people told apart from each other and from the database's. */
    static ImportTable of(ImportPreview p, Session session, Messages m, boolean committed) {
        PersonLabels labels = PersonLabels.of(session.services().evaluators().all()).with(p.files().stream()
                .map(FileReport::evaluator).filter(java.util.Objects::nonNull).toList());
        return of(p, labels, m, committed);
    }

    private static ImportTable of(ImportPreview p, PersonLabels labels, Messages m, boolean committed) {
        List<ImportFileRow> rows = p.files().stream().map(f -> ImportFileRow.of(f, labels, m, committed)).toList();
        return new ImportTable(p, rows, summaryOf(p, m, committed), m, committed, labels);
    }

    /** The same preview in another language. */
    ImportTable in(Messages m) {
        return of(preview, labels, m, committed);
    }

    static String summaryOf(ImportPreview p, Messages m, boolean done) {
        long accepted = p.files().stream().filter(f -> f.outcome() == FileOutcome.ACCEPTED).count();
        long unchanged = p.files().stream().filter(f -> f.outcome() == FileOutcome.UNCHANGED).count();
        long rejected = p.files().stream().filter(f -> f.outcome() == FileOutcome.REJECTED).count();
        long held = p.files().stream().filter(f -> f.outcome() == FileOutcome.HELD).count();
        long conflicts = p.files().stream().mapToLong(f -> f.count(SheetChange.CONFLICT)).sum();
        String summary = m.format(done ? "imports.summary.done" : "imports.summary.preview", p.files().size(), accepted,
                unchanged, rejected, conflicts);
        return held == 0 ? summary : summary + " " + m.format("imports.summary.held", held);
    }
}
