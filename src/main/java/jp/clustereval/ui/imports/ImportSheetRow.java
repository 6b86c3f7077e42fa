package jp.clustereval.ui.imports;

import jp.clustereval.service.SheetChange;
import jp.clustereval.service.SheetReport;
import jp.clustereval.ui.common.Messages;

/** One sheet of a previewed or imported file, as the table shows it. */
public record ImportSheetRow(String cluster, SheetChange change, String changeText, String revisionText, int graded,
                             int missing) {

    static ImportSheetRow of(SheetReport s, Messages m) {
        String revision = s.storedRevision() == null ? String.valueOf(s.revision())
                : m.format("imports.sheet.revisionVsStored", s.revision(), s.storedRevision());
        return new ImportSheetRow(s.clusterCode(), s.change(), m.get("imports.change." + s.change().name()), revision,
                s.graded(), s.missing());
    }

    public String gradedText() {
        return graded + "/" + (graded + missing);
    }
}
