package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.ClusterDao;
import jp.clustereval.persistence.CoiDao;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.RoundSignerDao;
import jp.clustereval.persistence.SheetScores;
import jp.clustereval.persistence.WeightDao;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.roundpackage.RoundPackage;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.RoundFingerprint;

/** One package entering the database, inside the caller's transaction; any refusal rolls it all back. */
final class RoundPackageOpening {

    /** The reason recorded when a round's first package pins its key. */
    static final String FIRST_PACKAGE = "first package of the round";

    private final Connection c;
    private final RoundPackage p;
    private final String sha;
    private final Instant now;
    private final String actor;
    private final RoundAuditDao audit;
    private final String id;
    /** The round's assignments before the package, per evaluator id. */
    private Map<String, Set<String>> assignedBefore = Map.of();

    RoundPackageOpening(Connection c, RoundPackage p, String sha, Instant now, String actor) {
        this.c = c;
        this.p = p;
        this.sha = sha;
        this.now = now;
        this.actor = actor;
        this.audit = new RoundAuditDao(c);
        this.id = p.roundId();
    }

    RoundPackageService.Opened run(RoundPackage.Member as, RoundPackageService.KeyAcceptance acceptance) throws SQLException {
        RoundSignerDao.Pin pin = keyToPin(acceptance);
        RoundDao rounds = new RoundDao(c);
        boolean created = rounds.header(id).isEmpty();
        assignedBefore = new AssignmentDao(c).ofRound(id);
        boolean redefined = false;
        if (created) {
            RoundSetupService.storeUnits(c, p.definition().units());
            rounds.insert(p.definition(), now, actor);
            log("create", "from a round package", "");
        } else {
            redefined = update(rounds);
        }
        boolean replaced = pin != null && storePin(pin);
        int assignmentChanges = dropAssignments();
        int rosterChanges = people();
        assignmentChanges += assignments();
        EvidenceService.replace(c, id, p.evidence(), actor, "round package sha256 " + sha);
        Evaluator local = becomeLocal(as);
        new MetaDao(c).put(MetaDao.CURRENT_ROUND, id);
        log("package-open", "sha256 " + sha + ", signer " + p.signer().id() + " key "
                + Ed25519.fingerprint(p.signer().publicKey()) + ", as " + local.id() + ", roster changes "
                + rosterChanges + ", assignment changes " + assignmentChanges, "");
        // a round without assignments lets every evaluator grade every unit
        int mine = p.assignments().isEmpty() ? p.definition().units().size()
                : (int) p.assignments().stream().filter(a -> a.evaluatorId().equals(local.id())).count();
        return new RoundPackageService.Opened(id, local, created, redefined, replaced, rosterChanges, assignmentChanges, mine);
    }

    private void log(String action, String detail, String reason) throws SQLException {
        audit.insert(new RoundAuditDao.Entry(now, actor, id, action, detail, reason));
    }

    /**
     * The pin to store (null: the key is the one pinned). A first package pins its key; another key
     * than the pinned one is refused unless accepted with its exact fingerprint and a reason.
     */
    private RoundSignerDao.Pin keyToPin(RoundPackageService.KeyAcceptance acceptance) throws SQLException {
        String fingerprint = Ed25519.normalizeFingerprint(Ed25519.fingerprint(p.signer().publicKey()));
        Optional<RoundSignerDao.Pin> pinned = new RoundSignerDao(c).find(id);
        if (pinned.isPresent() && pinned.get().fingerprint().equals(fingerprint)) {
            return null;
        }
        if (pinned.isEmpty()) {
            return new RoundSignerDao.Pin(id, fingerprint, p.signer().publicKey(), p.signer().id(), p.signer().name(),
                    now, actor, FIRST_PACKAGE);
        }
        if (acceptance == null) {
            throw new UserFacingException("roundpackage.keyChanged", id, RoundPackageService.grouped(pinned.get().fingerprint()),
                    RoundPackageService.grouped(fingerprint), SafeText.line(pinned.get().signerName()), SafeText.line(p.signer().name()));
        }
        if (!Ed25519.normalizeFingerprint(acceptance.fingerprint()).equals(fingerprint)) {
            throw new UserFacingException("roundpackage.acceptFingerprint", SafeText.line(acceptance.fingerprint()),
                    RoundPackageService.grouped(fingerprint));
        }
        String reason = acceptance.reason() == null ? "" : acceptance.reason().strip();
        if (reason.isEmpty()) {
            throw new UserFacingException("roundpackage.acceptReason");
        }
        log("signer-accept", "key " + RoundPackageService.grouped(pinned.get().fingerprint()) + " replaced by " + RoundPackageService.grouped(fingerprint)
                + " of " + p.signer().id(), reason);
        return new RoundSignerDao.Pin(id, fingerprint, p.signer().publicKey(), p.signer().id(), p.signer().name(),
                now, actor, reason);
    }

    /** Stores the pin once the round's row exists (its foreign key); true when it replaced another key. */
    private boolean storePin(RoundSignerDao.Pin pin) throws SQLException {
        new RoundSignerDao(c).pin(pin);
        if (pin.reason().equals(FIRST_PACKAGE)) {
            log("signer-pin", "key " + RoundPackageService.grouped(pin.fingerprint()) + " of " + pin.signerId(), pin.reason());
            return false;
        }
        return true;
    }

    /** A known round: names and kind follow the package; its grading definition only while no grade is stored. */
    private boolean update(RoundDao dao) throws SQLException {
        dao.updateIdentity(id, p.name(), p.kind());
        Round stored = dao.load(id).orElseThrow();
        RoundDao.Header header = dao.header(id).orElseThrow();
        Map<String, Cluster> known = new LinkedHashMap<>();
        List<String> codes = dao.units(id);
        new ClusterDao(c).findAll(codes).forEach(u -> known.put(u.code(), u));
        List<Cluster> storedUnits = codes.stream().map(known::get).toList();
        RoundDefinition pkg = p.definition();
        boolean graded = dao.hasSheets(id);
        boolean sameGrading = RoundFingerprint.of(stored).equals(p.fingerprint()) && storedUnits.equals(pkg.units())
                && stored.cohort().equals(pkg.round().cohort()) && header.fiscalYear() == pkg.fiscalYear();
        if (!sameGrading && graded) {
            throw new UserFacingException("round.frozen", id);
        }
        WeightSet weights = Weights.current(pkg.round());
        boolean sameWeights = Weights.current(stored).equals(weights);
        boolean sameWording = sameGrading && Arrays.equals(RoundDefinitionJson.write(pkg),
                RoundDefinitionJson.write(new RoundDefinition(Weights.apply(stored, weights), pkg.kind(),
                        header.fiscalYear(), storedUnits)));
        // a graded round keeps its stored item texts: its items are what the grades refer to
        boolean redefine = !graded && !(sameGrading && sameWording);
        if (redefine) {
            // assignments hang on the round's units (foreign key): all go, the package's come back afterwards
            AssignmentDao assignments = new AssignmentDao(c);
            for (Map.Entry<String, Set<String>> e : assignedBefore.entrySet()) {
                for (String unit : e.getValue()) {
                    assignments.remove(id, e.getKey(), unit);
                }
            }
            RoundSetupService.storeUnits(c, pkg.units());
            dao.replaceDefinition(pkg);
            log("redefine", "from a round package", "");
        }
        if (!sameWeights) {
            WeightDao w = new WeightDao(c);
            if (!redefine) {
                w.setAxisWeights(id, weights.axes());
                w.setItemWeights(id, weights.items());
            }
            new SheetScores(c).sync(id);
            w.insertChange(new WeightDao.Change(0, id, "file", WeightService.json(weights.axes()),
                    WeightService.json(weights.items()), null, p.signer().name(), p.madeAt(),
                    Ed25519.fingerprint(p.signer().publicKey()), sha, now, actor, p.signer().id(), null, null));
        }
        return redefine;
    }

    /** Every person of the roster stored under the package's id; the round's roster made the package's. */
    private int people() throws SQLException {
        EvaluatorDao evaluators = new EvaluatorDao(c);
        for (RoundPackage.Member m : p.roster()) {
            Optional<Evaluator> stored = evaluators.findById(m.id());
            if (stored.isEmpty()) {
                evaluators.insert(new Evaluator(m.id(), m.name(), m.affiliation()), now);
            } else if (!stored.get().name().equals(m.name()) || !stored.get().affiliation().equals(m.affiliation())) {
                evaluators.rename(stored.get(), m.name(), m.affiliation(), null, "round package of " + id, now, actor);
            }
        }
        RosterDao roster = new RosterDao(c);
        Set<String> wanted = new HashSet<>();
        p.roster().forEach(m -> wanted.add(m.id() + "\n" + m.role()));
        int changes = 0;
        for (RosterDao.Row row : roster.ofRound(id)) {
            if (!wanted.contains(row.evaluatorId() + "\n" + row.role()) && roster.remove(id, row.evaluatorId(), row.role()) > 0) {
                log("roster-remove", row.evaluatorId() + " " + row.role() + " (round package)", "");
                changes++;
            }
        }
        for (RoundPackage.Member m : p.roster()) {
            if (roster.add(id, m.id(), m.role(), m.email(), now, actor)) {
                log("roster-add", m.id() + " " + m.role() + " (round package)", "");
                changes++;
            }
        }
        return changes;
    }

    /** Assignments the package no longer has go before the roster rows they hang on; returns how many. */
    private int dropAssignments() throws SQLException {
        AssignmentDao dao = new AssignmentDao(c);
        Set<String> wanted = new HashSet<>();
        p.assignments().forEach(a -> wanted.add(a.evaluatorId() + "\n" + a.unit()));
        int dropped = 0;
        for (Map.Entry<String, Set<String>> e : assignedBefore.entrySet()) {
            for (String unit : e.getValue()) {
                if (!wanted.contains(e.getKey() + "\n" + unit)) {
                    dao.remove(id, e.getKey(), unit);
                    log("unassign", e.getKey() + " " + unit + " (round package)", "");
                    dropped++;
                }
            }
        }
        return dropped;
    }

    /** The package's assignments, except where this database holds a declared conflict of interest (it wins, as it does here). */
    private int assignments() throws SQLException {
        AssignmentDao dao = new AssignmentDao(c);
        Set<String> conflicts = new HashSet<>();
        for (CoiDao.Row coi : new CoiDao(c).ofRound(id)) {
            conflicts.add(coi.evaluatorId() + "\n" + coi.clusterCode());
        }
        int changes = 0;
        for (RoundPackage.Assignment a : p.assignments()) {
            if (conflicts.contains(a.evaluatorId() + "\n" + a.unit())) {
                continue;
            }
            boolean had = assignedBefore.getOrDefault(a.evaluatorId(), Set.of()).contains(a.unit());
            if (dao.add(id, a.evaluatorId(), a.unit(), now, actor) && !had) {
                log("assign", a.evaluatorId() + " " + a.unit() + " (round package)", "");
                changes++;
            }
        }
        return changes;
    }

    /** The chosen person becomes this database's evaluator, unless another one here has grades stored. */
    private Evaluator becomeLocal(RoundPackage.Member as) throws SQLException {
        MetaDao meta = new MetaDao(c);
        EvaluatorDao evaluators = new EvaluatorDao(c);
        Optional<String> local = meta.get(MetaDao.LOCAL_EVALUATOR);
        if (local.isPresent() && !local.get().equals(as.id()) && evaluators.hasSheets(local.get())) {
            String name = evaluators.findById(local.get()).map(Evaluator::displayName).orElse(local.get());
            throw new UserFacingException("roundpackage.otherLocal", SafeText.line(name), SafeText.line(as.name()));
        }
        meta.put(MetaDao.LOCAL_EVALUATOR, as.id());
        return evaluators.findById(as.id()).orElseThrow();
    }
}
