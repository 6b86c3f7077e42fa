package jp.clustereval.service;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;
import jp.clustereval.scorefile.AcceptedFingerprints;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileChecker;
import jp.clustereval.scorefile.ScoreFileException;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * The merge rules, decided per file against the {@link MergeState}: a grade is identified by
 * (round, evaluator, cluster, item); a higher sheet revision replaces a lower one; an equal revision
 * with other content is a conflict (unless the chair already decided that very pair); a lower one is
 * skipped. The same rules serve the preview and, inside the transaction, the commit.
 */
final class ImportPlanner {

    /**
     * One sheet's decision; stored is the sheet it is compared with (null when new); the content
     * hashes of both sides are set for a conflict only.
     */
    record SheetPlan(ScoreSheet sheet, SheetChange change, StoredSheet stored, String incomingHash, String storedHash,
                     boolean recordConflict) {
    }

    /** One file's decision; round and sheets are absent for a rejected file. */
    record FilePlan(FileReport report, Round round, List<SheetPlan> sheets) {
    }

    /**
     * A file's content checked against a round while it was read ({@link ScoreFileChecker#checkItems});
     * used only if that round is still the one the database has when the file is planned.
     */
    record Prechecked(Round round, ScoreFile content) {

        /** The checked content, or null when the file has a defect (then the planner finds and reports it). */
        static Prechecked of(ScoreFile content, Round round, AcceptedFingerprints roundFingerprints) {
            try {
                return new Prechecked(round, ScoreFileChecker.checkItems(content, round, roundFingerprints));
            } catch (ScoreFileException e) {
                return null;
            }
        }
    }

    private final RoundService rounds;
    private final java.util.function.Function<Round, AcceptedFingerprints> fingerprints;
    private final IdentityCheck identity;

    /**
     * fingerprints: the fingerprints each round accepts, made once rather than once per file; batch: who every
     * file of this import says it is from; keysHere: the keys of this machine by fingerprint, with
     * the evaluator each belongs to.
     */
    ImportPlanner(RoundService rounds, ImportOptions options, java.util.function.Function<Round, AcceptedFingerprints> fingerprints,
                  BatchIdentities batch, Map<String, String> keysHere) {
        this.rounds = rounds;
        this.fingerprints = fingerprints;
        this.identity = new IdentityCheck(options, batch, keysHere);
    }

    FilePlan plan(Path path, ParsedScoreFile parsed, MergeState state) throws SQLException {
        return plan(path, parsed, null, state);
    }

    FilePlan plan(Path path, ParsedScoreFile parsed, Prechecked pre, MergeState state) throws SQLException {
        ScoreFile content = parsed.content();
        Evaluator who = new Evaluator(content.evaluator().id(), content.evaluator().name(), content.evaluator().affiliation());
        String pinned = state.pinnedKeys.get(who.id());
        IdentityCheck.Verdict verdict = identity.judge(parsed, who, state);
        KeyStatus key = verdict.key();
        Round round;
        ScoreFile checked;
        MergeState.RoundScope scope;
        try {
            round = round(content.roundId());
            scope = state.scope(round.id());
            if (scope.finalRefusal() != null) { // a final round's figures stay as decided: the whole file is refused
                throw new UserFacingException(scope.finalRefusal().key(), scope.finalRefusal().args());
            }
            // a sheet of a unit the round does not evaluate is refused like one of an unknown cluster
            checked = pre != null && pre.round() == round ? ScoreFileChecker.checkClusters(pre.content(), scope.units())
                    : ScoreFileChecker.check(content, round, fingerprints.apply(round), scope.units());
            if (verdict.refusal() != null) {
                throw verdict.refusal();
            }
        } catch (UserFacingException e) {
            return new FilePlan(FileReport.rejected(path, parsed.sha256(), e, parsed, who, key, pinned), null, List.of());
        }
        UserFacingException hold = verdict.hold() != null ? verdict.hold()
                : outOfScope(path, round, scope, who, state.storedEvaluators.containsKey(who.id()), checked);
        if (hold != null) {
            return new FilePlan(FileReport.held(path, parsed.sha256(), hold, parsed, who, key, pinned), null, List.of());
        }
        Map<String, StoredSheet> sheets = state.sheets(round.id());
        SheetScorer scorer = new SheetScorer(round);
        List<SheetPlan> plans = new ArrayList<>();
        List<SheetReport> reports = new ArrayList<>();
        for (ScoreSheet incoming : checked.sheets()) {
            String sheetKey = SheetStateDao.key(who.id(), incoming.cluster());
            StoredSheet stored = sheets.get(sheetKey);
            ScoreSheet sheet = incoming.versioned() ? incoming : unversioned(incoming, stored, round, scorer);
            SheetPlan plan = decide(round.id(), sheetKey, sheet, stored, state);
            plans.add(plan);
            SheetContent content2 = SheetContent.of(plan.sheet());
            java.util.Map<String, String> grades = new java.util.HashMap<>();
            content2.items().forEach(e -> {
                if (e.grade() != null) {
                    grades.put(e.itemId(), e.grade());
                }
            });
            int graded = scorer.gradedCount(incoming.cluster(), grades);
            int total = round.items().gradedItems(incoming.cluster()).size();
            reports.add(new SheetReport(incoming.cluster(), plan.change(), plan.sheet().revision(),
                    plan.stored() == null ? null : plan.stored().revision(), graded, total - graded));
            if (plan.change() == SheetChange.NEW || plan.change() == SheetChange.NEWER) {
                // later files of this batch see this sheet as stored (its row id is filled in by the commit)
                sheets.put(sheetKey, state.kept(asStored(plan, content2, who.id()), content2));
            }
        }
        boolean storesSomething = plans.stream().anyMatch(p -> p.change() == SheetChange.NEW
                || p.change() == SheetChange.NEWER || p.recordConflict())
                || key == KeyStatus.FIRST_USE || key == KeyStatus.OVERRIDDEN || verdict.renames();
        boolean accepted = storesSomething || plans.stream().anyMatch(p -> p.change() == SheetChange.CONFLICT);
        FileReport report = new FileReport(path, parsed.sha256(), accepted ? FileOutcome.ACCEPTED : FileOutcome.UNCHANGED,
                null, who, key, parsed.keyFingerprint(), pinned, reports, parsed);
        return new FilePlan(report, round, plans);
    }

    /**
     * Why the round does not take this file from this evaluator (null: it does): a round with a roster
     * takes files only from its rostered evaluators, and once it has assignments only sheets of the
     * units assigned to them. Such a file is held for the chair, whole: nothing of it is stored until
     * the chair rosters or assigns the evaluator and imports it again.
     */
    private static UserFacingException outOfScope(Path path, Round round, MergeState.RoundScope scope, Evaluator who,
                                                  boolean stored, ScoreFile file) {
        if (!scope.takesFrom(who.id())) {
            // a person stored here is put on the roster by their id; one not stored, from their file
            // (roster add --from: the file's signer becomes the evaluator record, as its id says)
            return stored ? new ScoreFileException("import.notRostered", who.displayName(), who.id(), round.id())
                    : new ScoreFileException("import.notRosteredUnknown", who.displayName(), who.id(), round.id(), path);
        }
        for (ScoreSheet sheet : file.sheets()) {
            if (!scope.assigns(who.id(), sheet.cluster())) {
                return new ScoreFileException("import.notAssigned", who.displayName(), who.id(), sheet.cluster(), round.id());
            }
        }
        return null;
    }

    /**
     * The content hashes are made only where they are kept: for a conflict (its record, and to
     * recognise a pair the chair already decided). A new, newer, older or unchanged sheet needs none,
     * which spares a canonical JSON and a SHA-256 per sheet in the preview and again in the commit.
     */
    private SheetPlan decide(String roundId, String sheetKey, ScoreSheet incoming, StoredSheet stored, MergeState state) {
        if (stored == null) {
            ScoreSheet sheet = incoming.versioned() ? incoming : incoming.withRevision(1);
            return new SheetPlan(sheet, SheetChange.NEW, null, null, null, false);
        }
        SheetContent in = SheetContent.of(incoming);
        String stub = state.stubHash(stored); // a sheet of this batch with long texts, kept by its hash
        SheetContent have = stub == null ? SheetContent.of(stored) : null;
        if (!incoming.versioned()) {
            // a CSV has no revision: it is the next one when it changes anything
            return same(in, have, stub) ? new SheetPlan(incoming.withRevision(stored.revision()), SheetChange.UNCHANGED, stored,
                    null, null, false)
                    : new SheetPlan(incoming.withRevision(jp.clustereval.domain.Sheet.nextRevision(stored.revision(), incoming.cluster())),
                            SheetChange.NEWER, stored, null, null, false);
        }
        if (incoming.revision() > stored.revision()) {
            return new SheetPlan(incoming, SheetChange.NEWER, stored, null, null, false);
        }
        if (incoming.revision() < stored.revision()) {
            return new SheetPlan(incoming, SheetChange.OLDER, stored, null, null, false);
        }
        if (same(in, have, stub)) {
            return new SheetPlan(incoming, SheetChange.UNCHANGED, stored, null, null, false);
        }
        String inHash = in.hash();
        if (state.decided(roundId, sheetKey, incoming.revision(), inHash)) {
            return new SheetPlan(incoming, SheetChange.UNCHANGED, stored, null, null, false);
        }
        boolean first = state.openConflict(roundId, sheetKey, incoming.revision(), inHash);
        return new SheetPlan(incoming, SheetChange.CONFLICT, stored, inHash, stub != null ? stub : have.hash(), first);
    }

    /** Whether the incoming content is the stored one: compared whole, or by hash with a stub of {@link MergeState#kept}. */
    private static boolean same(SheetContent in, SheetContent have, String stubHash) {
        return stubHash == null ? in.equals(have) : in.hash().equals(stubHash);
    }

    /**
     * A CSV carries only items: it keeps the stored sheet's overall comment, and its status unless
     * an item is left ungraded (then the sheet is a draft again).
     */
    private static ScoreSheet unversioned(ScoreSheet csv, StoredSheet stored, Round round, SheetScorer scorer) {
        if (stored == null) {
            return csv;
        }
        Map<String, String> grades = new java.util.HashMap<>();
        csv.items().forEach(e -> {
            if (e.grade() != null) {
                grades.put(e.itemId(), e.grade());
            }
        });
        boolean complete = scorer.gradedCount(csv.cluster(), grades) == round.items().gradedItems(csv.cluster()).size();
        jp.clustereval.domain.SheetStatus status = complete ? stored.status() : jp.clustereval.domain.SheetStatus.DRAFT;
        // the CSV has no indication column: the stored indications are kept, not cleared
        List<jp.clustereval.domain.ItemEntry> items = new ArrayList<>();
        for (jp.clustereval.domain.ItemEntry e : csv.items()) {
            jp.clustereval.domain.ItemEntry old = stored.entries().get(e.itemId());
            items.add(new jp.clustereval.domain.ItemEntry(e.itemId(), e.grade(), e.comment(),
                    old == null ? "" : old.indication()));
        }
        return new ScoreSheet(csv.cluster(), status, csv.revision(), csv.updatedAt(), stored.comment(), items, false);
    }

    private static StoredSheet asStored(SheetPlan plan, SheetContent content, String evaluatorId) {
        ScoreSheet s = plan.sheet();
        Map<String, jp.clustereval.domain.ItemEntry> entries = content.byItem();
        return new StoredSheet(plan.stored() == null ? -1 : plan.stored().id(), evaluatorId, s.cluster(), s.revision(),
                s.status(), s.comment(), entries);
    }

    private Round round(String roundId) {
        try {
            return rounds.require(roundId);
        } catch (UserFacingException e) {
            throw new ScoreFileException(e, "scorefile.unknownRound", roundId);
        }
    }
}
