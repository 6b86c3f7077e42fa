package jp.clustereval.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.service.FileOutcome;
import jp.clustereval.service.FileReport;
import jp.clustereval.service.KeyStatus;
import jp.clustereval.service.SheetChange;
import jp.clustereval.ui.common.Messages;

/**
 * One file of an import as the chair reads it: who it is from, whether the signature verifies, how
 * its key relates to the pinned one, its clusters and what happens to each sheet, or why it is
 * refused or held (reasonKey: the message key of that reason, null when none). The texts are shown in
 * single-line cells and labels: the file's name, the evaluator and the reason come from the file, so
 * each is one line with its control characters escaped.
 */
public record ImportFileRow(Path path, String fileName, String evaluatorId, String evaluatorText,
                            FileOutcome outcome, String outcomeText, Signature signature, String signatureText,
                            KeyStatus keyStatus, String keyText, String fingerprint, String pinnedFingerprint,
                            String clustersText, String changesText, String reason, String reasonKey,
                            List<ImportSheetRow> sheets) {

    /** Whether the signature was checked and verified. */
    public enum Signature { VALID, INVALID, UNSIGNED, NOT_CHECKED }

    private static final Set<String> SIGNATURE_FAILURES = Set.of("scorefile.badSignature", "scorefile.badPublicKey",
            "scorefile.signatureEncoding", "scorefile.algorithm");

    public ImportFileRow {
        sheets = List.copyOf(sheets);
    }

    /**
     * @param labels    how the people of this import and of the database are told apart
     * @param committed true for the report after a commit: accepted files are then "stored"
     */
    static ImportFileRow of(FileReport f, PersonLabels labels, Messages m, boolean committed) {
        Signature sig = f.wasRead() ? (f.signed() ? Signature.VALID : Signature.UNSIGNED)
                : f.rejection() != null && SIGNATURE_FAILURES.contains(f.rejection().key()) ? Signature.INVALID
                : Signature.NOT_CHECKED;
        List<ImportSheetRow> sheets = f.sheets().stream().map(s -> ImportSheetRow.of(s, m)).toList();
        String clusters = sheets.stream().map(s -> s.cluster() + " " + s.gradedText())
                .collect(Collectors.joining(" · "));
        if (clusters.isEmpty()) {
            clusters = String.join(" · ", f.clusters());
        }
        String evaluator = f.evaluator() == null ? "—" : SafeText.line(labels.label(f.evaluator()));
        String key = f.keyStatus() == null ? "—" : m.get(keyKey(f.keyStatus(), committed && f.outcome() == FileOutcome.ACCEPTED));
        String reason = f.rejection() == null ? "" : SafeText.line(f.rejection().message(m.locale()));
        return new ImportFileRow(f.path(), SafeText.line(f.fileName()), f.evaluator() == null ? null : f.evaluator().id(), evaluator,
                f.outcome(), outcomeText(f, m, committed), sig, m.get("imports.signature." + sig.name()), f.keyStatus(), key,
                f.keyFingerprint(), f.pinnedFingerprint(), SafeText.line(clusters), changes(f, m), reason,
                f.rejection() == null ? null : f.rejection().key(), sheets);
    }

    /** "will be pinned" before the commit; once stored, a first key is pinned, and said to be. */
    private static String keyKey(KeyStatus status, boolean stored) {
        return stored && (status == KeyStatus.FIRST_USE || status == KeyStatus.OVERRIDDEN)
                ? "imports.key.pinnedNow" : "imports.key." + status.name();
    }

    private static String outcomeText(FileReport f, Messages m, boolean committed) {
        String text = committed && f.outcome() == FileOutcome.ACCEPTED ? m.get("imports.outcome.stored")
                : m.get("imports.outcome." + f.outcome().name());
        return f.hasConflicts() ? text + " · " + m.get("imports.outcome.conflicts") : text;
    }

    /** "new 2 · newer 1 · conflict 1": only the kinds present. */
    private static String changes(FileReport f, Messages m) {
        StringBuilder b = new StringBuilder();
        for (SheetChange c : SheetChange.values()) {
            long n = f.count(c);
            if (n > 0) {
                b.append(b.length() == 0 ? "" : " · ").append(m.get("imports.change." + c.name())).append(' ').append(n);
            }
        }
        return b.toString();
    }

    public boolean rejected() {
        return outcome == FileOutcome.REJECTED;
    }

    public boolean keyMismatch() {
        return keyStatus == KeyStatus.MISMATCH;
    }

    public boolean held() {
        return outcome == FileOutcome.HELD;
    }

    /** Whether the chair may accept this file's key: another than the pinned one, or one of several in this import. */
    public boolean keyToDecide() {
        return (keyStatus == KeyStatus.MISMATCH && "import.keyMismatch".equals(reasonKey))
                || keyStatus == KeyStatus.CONFLICTING;
    }

    /** Whether the chair may accept the name and affiliation this file gives its evaluator. */
    public boolean nameToDecide() {
        return held() && "import.nameDiffers".equals(reasonKey);
    }

    /** Whether the file is held because its evaluator (stored here) is not on its round's roster as an evaluator. */
    public boolean rosterToDecide() {
        return held() && "import.notRostered".equals(reasonKey) && evaluatorId != null;
    }

    /**
     * Whether the file is held because its evaluator is neither stored here nor on its round's
     * roster: they are rostered from the file itself (roster add --from).
     */
    public boolean rosterFromFileToDecide() {
        return held() && "import.notRosteredUnknown".equals(reasonKey) && evaluatorId != null;
    }

    /** Whether the file is held because a unit it has a sheet for is not assigned to its evaluator. */
    public boolean assignmentToDecide() {
        return held() && "import.notAssigned".equals(reasonKey) && evaluatorId != null;
    }

    public boolean hasConflicts() {
        return sheets.stream().anyMatch(s -> s.change() == SheetChange.CONFLICT);
    }

    /** What the detail pane says about the key: the file's fingerprint and, if another, the pinned one. */
    public String fingerprintText(Messages m) {
        if (fingerprint == null) {
            return "";
        }
        if (pinnedFingerprint != null && !pinnedFingerprint.equals(fingerprint)) {
            return m.format("imports.fingerprint.differs", fingerprint, pinnedFingerprint);
        }
        return m.format("imports.fingerprint", fingerprint);
    }
}
