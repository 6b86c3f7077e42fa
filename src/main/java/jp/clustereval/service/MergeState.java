package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.ConflictDao;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.persistence.ImportedFileDao;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.SheetStateDao;
import jp.clustereval.persistence.StoredSheet;

/**
 * What a merge decides against, read once: stored sheets (per round, read when first needed), stored
 * evaluators, pinned keys and whose every key is, this database's own evaluator, stored files and
 * known conflicts. Planning a file updates the sheets as if the file were stored, so that later files
 * of the same batch are judged against the earlier ones (two revisions in one folder); who an
 * evaluator is and which key is theirs is judged against what is stored only (see BatchIdentities).
 */
final class MergeState {

    private final Connection c;
    private final Map<String, Map<String, StoredSheet>> sheetsByRound = new HashMap<>();
    private final Map<String, Set<String>> decidedByRound = new HashMap<>();
    private final Map<String, Set<String>> openByRound = new HashMap<>();
    /** The pinned (active) key of each evaluator that has one, as stored. */
    final Map<String, String> pinnedKeys = new HashMap<>();
    /** Whose every key ever pinned is, by fingerprint, as stored. */
    final Map<String, String> keyOwners;
    /** The stored evaluators by id, as they were before this batch. */
    final Map<String, Evaluator> storedEvaluators = new HashMap<>();
    /** The evaluator who uses this database on this machine, or null. */
    final String localEvaluatorId;
    /** Keys this commit pinned already, and evaluators it renamed: each is written once per batch. */
    final Map<String, String> pinnedNow = new HashMap<>();
    final Set<String> renamedNow = new HashSet<>();
    final Map<String, Long> fileIds;

    /** Null: every sheet of a round; else only these evaluators' sheets (a chunk of a large import). */
    private final Set<String> onlyEvaluators;

    /** Texts up to this many characters in all are kept with a sheet the batch stores; longer ones are not. */
    static final int KEPT_TEXT_CHARS = 4_096;
    /**
     * Sheets the batch stores whose texts are longer, kept by their content's SHA-256 alone (keyed by
     * identity: each such stub stands for one content). Their texts are in the files, and for the commit
     * in the database; kept here, a batch of large files would hold every one of their texts until it ends.
     */
    private final Map<StoredSheet, String> stubs = new java.util.IdentityHashMap<>();

    private MergeState(Connection c, Set<String> onlyEvaluators) throws SQLException {
        this.c = c;
        this.onlyEvaluators = onlyEvaluators;
        EvaluatorKeyDao keys = new EvaluatorKeyDao(c);
        keys.active().forEach((id, row) -> pinnedKeys.put(id, row.fingerprint()));
        this.keyOwners = keys.owners();
        new EvaluatorDao(c).findAll().forEach(e -> storedEvaluators.put(e.id(), e));
        this.localEvaluatorId = new MetaDao(c).get(MetaDao.LOCAL_EVALUATOR).map(Evaluator::normaliseId).orElse(null);
        this.fileIds = new ImportedFileDao(c).idsBySha();
    }

    static MergeState load(Connection c) throws SQLException {
        return new MergeState(c, null);
    }

    /** The state as far as files of these evaluators can see it: their sheets only. */
    static MergeState loadFor(Connection c, Set<String> evaluatorIds) throws SQLException {
        return new MergeState(c, Set.copyOf(evaluatorIds));
    }

    /**
     * Whom and what a round takes files for: its units, its rostered evaluators (role evaluator; a
     * round without roster takes anyone's) and who is assigned which units (none: every unit).
     * finalRefusal: why the round takes no file while it is final ({@link RoundGuard}); null while it is open.
     */
    record RoundScope(Set<String> units, boolean rostered, Set<String> evaluators, Map<String, Set<String>> assigned,
                      jp.clustereval.common.UserFacingException finalRefusal) {

        boolean takesFrom(String evaluatorId) {
            return !rostered || evaluators.contains(evaluatorId);
        }

        boolean assigns(String evaluatorId, String unit) {
            return assigned.isEmpty() || assigned.getOrDefault(evaluatorId, Set.of()).contains(unit);
        }
    }

    private final Map<String, RoundScope> scopes = new HashMap<>();

    /** The round's scope, read once per batch. */
    RoundScope scope(String roundId) throws SQLException {
        RoundScope scope = scopes.get(roundId);
        if (scope == null) {
            List<RosterDao.Row> roster = new RosterDao(c).ofRound(roundId);
            Set<String> evaluators = new HashSet<>();
            roster.stream().filter(r -> RosterService.EVALUATOR.equals(r.role())).forEach(r -> evaluators.add(r.evaluatorId()));
            scope = new RoundScope(Set.copyOf(new RoundDao(c).units(roundId)), !roster.isEmpty(), evaluators,
                    new AssignmentDao(c).ofRound(roundId), RoundGuard.refusal(c, roundId).orElse(null));
            scopes.put(roundId, scope);
        }
        return scope;
    }

    Map<String, StoredSheet> sheets(String roundId) throws SQLException {
        Map<String, StoredSheet> sheets = sheetsByRound.get(roundId);
        if (sheets == null) {
            sheets = new SheetStateDao(c).round(roundId, onlyEvaluators);
            sheetsByRound.put(roundId, sheets);
            Set<String> decided = new HashSet<>();
            Set<String> open = new HashSet<>();
            for (ConflictDao.Row r : new ConflictDao(c).ofRound(roundId, false)) {
                String key = SheetStateDao.key(r.evaluatorId(), r.clusterCode());
                if (r.isOpen()) {
                    open.add(conflictKey(key, r.revision(), r.incomingHash()));
                } else {
                    decided.add(conflictKey(key, r.revision(), r.incomingHash()));
                    decided.add(conflictKey(key, r.revision(), r.storedHash()));
                }
            }
            decidedByRound.put(roundId, decided);
            openByRound.put(roundId, open);
        }
        return sheets;
    }

    /** The sheet as the batch's later files see it: itself, or (long texts) a stub without texts that stands for {@code content}. */
    StoredSheet kept(StoredSheet sheet, SheetContent content) {
        long chars = sheet.comment().length();
        for (jp.clustereval.domain.ItemEntry e : content.items()) {
            chars += e.comment().length() + e.indication().length();
        }
        if (chars <= KEPT_TEXT_CHARS) {
            return sheet;
        }
        StoredSheet stub = new StoredSheet(sheet.id(), sheet.evaluatorId(), sheet.clusterCode(), sheet.revision(),
                sheet.status(), "", new java.util.LinkedHashMap<>());
        stubs.put(stub, content.hash());
        return stub;
    }

    /**
     * The sheet as stored by the commit, kept like the planner kept it ({@code planned}, the same
     * content): a stub again, with the hash already made, or whole.
     */
    StoredSheet keptLike(StoredSheet stored, StoredSheet planned) {
        String hash = stubs.remove(planned);
        if (hash == null) {
            return stored;
        }
        StoredSheet stub = new StoredSheet(stored.id(), stored.evaluatorId(), stored.clusterCode(), stored.revision(),
                stored.status(), "", new java.util.LinkedHashMap<>());
        stubs.put(stub, hash);
        return stub;
    }

    /** The content hash a stub of {@link #kept} stands for; null for a sheet kept with its texts. */
    String stubHash(StoredSheet sheet) {
        return sheet == null ? null : stubs.get(sheet);
    }

    boolean decided(String roundId, String sheetKey, long revision, String hash) {
        return decidedByRound.get(roundId).contains(conflictKey(sheetKey, revision, hash));
    }

    /** Records an open conflict; false when the same one is already open (so no second record is made). */
    boolean openConflict(String roundId, String sheetKey, long revision, String hash) {
        return openByRound.get(roundId).add(conflictKey(sheetKey, revision, hash));
    }

    private static String conflictKey(String sheetKey, long revision, String hash) {
        return sheetKey + "\u0000" + revision + "\u0000" + hash;
    }
}
