package jp.clustereval.decisionrecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;

/**
 * What the panel decided for a finalised round, as one record: the round, its finalisation (when, by
 * which chair), the weights and how they were set, the conflicts of interest, the sheets left out or
 * unfinished, the conflicts resolved and the keys and names accepted, the results with their
 * sensitivity verdicts, the allocation, and the meeting's consensus comments and discussion notes per
 * unit. Written as signed JSON ({@link DecisionRecordJson}, docs/decision-record-format.md) and as a PDF (report.DecisionRecordPdf). Numbers are as computed;
 * the writers round them for people (the JSON as six-place decimal strings).
 *
 * @param allocation null when the round has no allocation settings saved
 * @param units      the panel's consensus comment and the chair's discussion note of every unit that has
 *                   either, in the round's order
 */
public record DecisionRecord(String appVersion, RoundRef round, Instant finalisedAt, Person chair, Instant madeAt,
                             WeightsPart weights, List<Coi> conflictsOfInterest, List<SheetRef> excludedSheets,
                             List<PartialSheet> partialSheets, List<ResolvedConflict> resolvedConflicts, int openConflicts,
                             List<KeyDecision> keyDecisions, List<NameDecision> nameDecisions, ResultsPart results,
                             AllocationPart allocation, List<UnitNotes> units, Signer signer) {

    public static final String FORMAT = "clustereval-decision-record";
    public static final int VERSION = 1;
    /** The largest record a reader takes (a round of hundreds of units and evaluators stays far below). */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    public DecisionRecord {
        conflictsOfInterest = List.copyOf(conflictsOfInterest);
        excludedSheets = List.copyOf(excludedSheets);
        partialSheets = List.copyOf(partialSheets);
        resolvedConflicts = List.copyOf(resolvedConflicts);
        keyDecisions = List.copyOf(keyDecisions);
        nameDecisions = List.copyOf(nameDecisions);
        units = List.copyOf(units);
    }

    /** The round: its id, names, kind and fingerprint (the one its score files carry). */
    public record RoundRef(String id, LocalizedText name, RoundKind kind, String fingerprint) {
    }

    /** A person by id and name (the name as this database holds it). */
    public record Person(String id, String name) {
    }

    /**
     * The weights in force and how they were set: {@code how} is {@code direct}, {@code ahp}, {@code file}
     * or {@code definition} (never changed: the round definition's own); setBy/setAt null for {@code definition}.
     *
     * @param axes  the axis shares (summing to 1), in axis order
     * @param items the item shares within their axis, by item id, in item order
     * @param ahp   null unless {@code how} is {@code ahp}
     * @param file  null unless {@code how} is {@code file}
     */
    public record WeightsPart(String how, String setBy, Instant setAt, Map<String, Double> axes, Map<String, Double> items,
                              Ahp ahp, WeightsFile file) {
        public WeightsPart {
            axes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(axes));
            items = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(items));
        }
    }

    /** The AHP's consistency ratio and its matrix (null when stored before the matrix was kept), rows in axis order. */
    public record Ahp(double consistencyRatio, double[][] matrix) {
    }

    /**
     * A signed weights file's signer (id and name), key fingerprint and file SHA-256; acceptedBy and
     * acceptReason when the chair accepted a signer outside the weighting group (else null).
     */
    public record WeightsFile(String signerId, String signerName, String keyFingerprint, String sha256, String acceptedBy,
                              String acceptReason) {
    }

    /** A declared conflict of interest; included: its grades count after all, with who and why. */
    public record Coi(Person evaluator, String unit, String note, Instant declaredAt, String declaredBy, boolean included,
                      String includeReason, String includedBy) {
    }

    /** One evaluator's sheet of one unit. */
    public record SheetRef(Person evaluator, String unit) {
    }

    /** An unfinished sheet: how many of its items are graded. */
    public record PartialSheet(Person evaluator, String unit, int graded, int total) {
    }

    /** A conflict between two versions of a sheet, decided by the chair (resolution {@code stored} or {@code incoming}). */
    public record ResolvedConflict(long id, Person evaluator, String unit, long revision, String file, Instant detectedAt,
                                   String resolution, String resolvedBy, String reason) {
    }

    /** A key the chair decided on: verified (fingerprint checked) or overridden (a new key accepted). */
    public record KeyDecision(Person evaluator, String fingerprint, String trust, Instant at, String by, String reason) {
    }

    /** A score file's other name or affiliation, accepted for the evaluator. */
    public record NameDecision(String evaluatorId, String oldName, String newName, Instant at, String by, String reason) {
    }

    /**
     * The results: basis ({@code raw} or {@code calibrated}), the cohort they rank, the sensitivity
     * analysis' draws, seed and perturbation, and each ranked unit.
     */
    public record ResultsPart(String basis, String cohort, int draws, long seed, double perturbation, List<UnitResult> units) {
        public ResultsPart {
            units = List.copyOf(units);
        }
    }

    /** One unit's result and its sensitivity verdict (robust: its tier held in every scenario). */
    public record UnitResult(String code, LocalizedText name, int rank, double total, int evaluators, int partial,
                             Map<String, Double> axes, boolean robust, int bestRank, int worstRank, double tierChangeShare,
                             double bootTierChangeShare) {
        public UnitResult {
            axes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(axes));
        }
    }

    /** The allocation's inputs (capYen null: no cap) and its result per unit. */
    public record AllocationPart(long poolYen, String rule, long floorYen, Long capYen, long baselineYen, double tierStep,
                                 List<UnitAllocation> units, long sumYen) {
        public AllocationPart {
            units = List.copyOf(units);
        }
    }

    public record UnitAllocation(String code, int rank, String tier, long baselineYen, long allocationYen) {
    }

    /**
     * What the panel's meeting wrote for one unit: the consensus comment (its feedback report's) and the
     * chair's discussion note, each as typed ("" when not written; never both empty).
     */
    public record UnitNotes(String code, String consensus, String note) {
        public UnitNotes {
            java.util.Objects.requireNonNull(code);
            consensus = consensus == null ? "" : consensus;
            note = note == null ? "" : note;
        }
    }

    /** The chair who signed, with their Ed25519 public key (X.509, base64). */
    public record Signer(String id, String name, String publicKey) {
    }
}
