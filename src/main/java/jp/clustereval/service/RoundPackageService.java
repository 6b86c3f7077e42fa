package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.clustereval.AppInfo;
import jp.clustereval.common.AtomicFiles;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.FileRefusedException;
import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.CoiDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.RoundSignerDao;
import jp.clustereval.persistence.SheetScores;
import jp.clustereval.persistence.WeightDao;
import jp.clustereval.roundpackage.RoundPackage;
import jp.clustereval.roundpackage.RoundPackageReader;
import jp.clustereval.roundpackage.RoundPackageWriter;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * The round package (docs/round-package-format.md): the secretariat writes one round, signed by a
 * chair of its roster, and an evaluator opens it on their own machine. The first package of a round
 * pins its signer's key for that round; a package signed by another key is refused unless accepted
 * with that key's fingerprint and a reason. A later package updates roster, assignments, evidence
 * and weights and never a grade; its grading definition may differ only while the round has no
 * grade (the freeze rule). Opening is one transaction: a refused package changes nothing stored.
 */
public final class RoundPackageService {

    /** Whether the package's signing key is the one pinned for its round. */
    public enum KeyState { NEW, PINNED, DIFFERENT }

    /**
     * What a package holds and what opening it would meet: the key pinned for its round (null when
     * none is) and whether the round is in the database already.
     */
    public record Preview(RoundPackage content, String signerFingerprint, KeyState keyState, String pinnedFingerprint,
                          String pinnedSignerName, boolean roundExists) {
    }

    /** A changed signing key accepted: the new key's fingerprint, as read out by the secretariat, and why. */
    public record KeyAcceptance(String fingerprint, String reason) {
    }

    /**
     * What opening stored: the round, who this database's evaluator now is, what changed, and how
     * many units they grade (every unit of a round without assignments).
     */
    public record Opened(String roundId, Evaluator localEvaluator, boolean created, boolean redefined,
                         boolean keyReplaced, int rosterChanges, int assignmentChanges, int assignedToLocal) {
    }

    /** The reason recorded when a round's first package pins its key. */
    static final String FIRST_PACKAGE = "first package of the round";

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final ClusterService clusters;
    private final KeyService keys;
    private final RoundSetupService setup;
    private final RosterService roster;
    private final AssignmentService assignments;

    public RoundPackageService(Database db, RoundService rounds, EvaluatorService evaluators, ClusterService clusters,
                               KeyService keys, RoundSetupService setup, RosterService roster,
                               AssignmentService assignments) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.clusters = clusters;
        this.keys = keys;
        this.setup = setup;
        this.roster = roster;
        this.assignments = assignments;
    }

    /**
     * Writes the round's package, signed with the signer's own key of this machine; the signer must
     * be a chair of the round's roster. Returns the package's SHA-256.
     */
    public String write(String roundId, String signerIdOrName, Path out, String actor) {
        Round round = rounds.require(roundId);
        Evaluator signer = evaluators.resolve(signerIdOrName);
        List<RosterService.Member> members = roster.list(round.id());
        if (members.stream().noneMatch(m -> m.person().id().equals(signer.id()) && m.role().equals(RosterService.CHAIR))) {
            throw new UserFacingException("roundpackage.notChair", SafeText.line(signer.displayName()), round.id());
        }
        RoundDefinition definition = setup.definition(round.id());
        RoundDao.Header header = db.query(c -> new RoundDao(c).header(round.id())).orElseThrow();
        List<String> units = definition.units().stream().map(Cluster::code).toList();
        List<RoundPackage.Member> people = new ArrayList<>();
        for (RosterService.Member m : members) {
            people.add(new RoundPackage.Member(m.person().id(), m.person().name(), m.person().affiliation(), m.role(),
                    m.email() == null ? "" : m.email()));
        }
        List<RoundPackage.Assignment> pairs = new ArrayList<>();
        assignments.ofRound(round.id()).forEach((evaluator, codes) ->
                codes.forEach(code -> pairs.add(new RoundPackage.Assignment(evaluator, code))));
        var pair = keys.ownKeyPair(signer.id());
        String publicKey = Ed25519.encode(pair.getPublic());
        RoundPackage content = new RoundPackage(AppInfo.version(), round.id(), header.name(), header.kind(),
                RoundFingerprint.of(definition.round()), RoundDefinitionJson.write(definition), definition,
                RoundEvidence.read(clusters, round.id(), units), people, pairs,
                new RoundPackage.Signer(signer.id(), signer.name(), publicKey), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        byte[] bytes = RoundPackageWriter.signed(content, pair.getPrivate());
        try {
            AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw AtomicFiles.failure(out, e);
        }
        String sha = RoundPackageWriter.sha256(bytes);
        Instant now = Instant.now();
        db.inTransaction(c -> {
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, round.id(), "package",
                    "signer " + signer.id() + " key " + Ed25519.fingerprint(publicKey) + " sha256 " + sha + " "
                            + people.size() + " roster rows, " + pairs.size() + " assignments", ""));
            return null;
        });
        return sha;
    }

    /** Reads a package (bounded, checked whole) and says what opening it would meet; nothing is stored. */
    public Preview preview(Path file) {
        RoundPackage p = read(file);
        String fingerprint = Ed25519.fingerprint(p.signer().publicKey());
        return db.query(c -> {
            Optional<RoundSignerDao.Pin> pin = new RoundSignerDao(c).find(p.roundId());
            boolean exists = new RoundDao(c).header(p.roundId()).isPresent();
            KeyState state = pin.isEmpty() ? KeyState.NEW
                    : pin.get().fingerprint().equals(Ed25519.normalizeFingerprint(fingerprint)) ? KeyState.PINNED
                    : KeyState.DIFFERENT;
            return new Preview(p, fingerprint, state, pin.map(x -> grouped(x.fingerprint())).orElse(null),
                    pin.map(RoundSignerDao.Pin::signerName).orElse(null), exists);
        });
    }

    /**
     * Opens the package: the round is made or updated, the signer's key pinned, the person given by
     * asIdOrName (from the package's roster) becomes this database's evaluator, and the round the
     * current one. acceptance: null unless the key differs from the pinned one and was accepted.
     */
    public Opened open(Path file, String asIdOrName, KeyAcceptance acceptance, String actor) {
        byte[] bytes = bytes(file);
        RoundPackage p = RoundPackageReader.parse(bytes);
        String sha = RoundPackageWriter.sha256(bytes);
        RoundPackage.Member as = whoAmI(p, asIdOrName);
        Instant now = Instant.now();
        Opened opened = db.inTransaction(c -> new Opening(c, p, sha, now, actor).run(as, acceptance));
        rounds.invalidate(p.roundId());
        return opened;
    }

    private static byte[] bytes(Path file) {
        try {
            return BoundedFiles.read(file, RoundPackage.MAX_BYTES);
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new UserFacingException(e, "roundpackage.unreadable", SafeText.line(file.toString()));
        }
    }

    private static RoundPackage read(Path file) {
        return RoundPackageReader.parse(bytes(file));
    }

    /** The roster member named by id or, else, by name (ignoring case and blanks around it). */
    static RoundPackage.Member whoAmI(RoundPackage p, String asIdOrName) {
        String key = asIdOrName == null ? "" : asIdOrName.strip();
        Map<String, RoundPackage.Member> people = new LinkedHashMap<>();
        p.roster().forEach(m -> people.putIfAbsent(m.id(), m));
        RoundPackage.Member byId = people.get(Evaluator.normaliseId(key));
        if (byId != null) {
            return byId;
        }
        List<RoundPackage.Member> byName = people.values().stream()
                .filter(m -> m.name().strip().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new UserFacingException("roundpackage.asAmbiguous", SafeText.line(key), byName.size());
        }
        throw new UserFacingException("roundpackage.asUnknown", SafeText.line(key),
                SafeText.line(String.join(", ", people.values().stream().map(RoundPackage.Member::name).toList())));
    }

    private static String grouped(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
        }
        return out.toString();
    }

    /** One package entering the database, inside the caller's transaction; any refusal rolls it all back. */
    private static final class Opening {
        private final Connection c;
        private final RoundPackage p;
        private final String sha;
        private final Instant now;
        private final String actor;
        private final RoundAuditDao audit;
        private final String id;
        /** The round's assignments before the package, per evaluator id. */
        private Map<String, Set<String>> assignedBefore = Map.of();

        Opening(Connection c, RoundPackage p, String sha, Instant now, String actor) {
            this.c = c;
            this.p = p;
            this.sha = sha;
            this.now = now;
            this.actor = actor;
            this.audit = new RoundAuditDao(c);
            this.id = p.roundId();
        }

        Opened run(RoundPackage.Member as, KeyAcceptance acceptance) throws SQLException {
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
            RoundEvidence.replace(c, id, p.definition().units().stream().map(Cluster::code).toList(), p.evidence());
            Evaluator local = becomeLocal(as);
            new MetaDao(c).put(MetaDao.CURRENT_ROUND, id);
            log("package-open", "sha256 " + sha + ", signer " + p.signer().id() + " key "
                    + Ed25519.fingerprint(p.signer().publicKey()) + ", as " + local.id() + ", roster changes "
                    + rosterChanges + ", assignment changes " + assignmentChanges, "");
            // a round without assignments lets every evaluator grade every unit
            int mine = p.assignments().isEmpty() ? p.definition().units().size()
                    : (int) p.assignments().stream().filter(a -> a.evaluatorId().equals(local.id())).count();
            return new Opened(id, local, created, redefined, replaced, rosterChanges, assignmentChanges, mine);
        }

        private void log(String action, String detail, String reason) throws SQLException {
            audit.insert(new RoundAuditDao.Entry(now, actor, id, action, detail, reason));
        }

        /**
         * The pin to store (null: the key is the one pinned). A first package pins its key; another key
         * than the pinned one is refused unless accepted with its exact fingerprint and a reason.
         */
        private RoundSignerDao.Pin keyToPin(KeyAcceptance acceptance) throws SQLException {
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
                throw new UserFacingException("roundpackage.keyChanged", id, grouped(pinned.get().fingerprint()),
                        grouped(fingerprint), SafeText.line(pinned.get().signerName()), SafeText.line(p.signer().name()));
            }
            if (!Ed25519.normalizeFingerprint(acceptance.fingerprint()).equals(fingerprint)) {
                throw new UserFacingException("roundpackage.acceptFingerprint", SafeText.line(acceptance.fingerprint()),
                        grouped(fingerprint));
            }
            String reason = acceptance.reason() == null ? "" : acceptance.reason().strip();
            if (reason.isEmpty()) {
                throw new UserFacingException("roundpackage.acceptReason");
            }
            log("signer-accept", "key " + grouped(pinned.get().fingerprint()) + " replaced by " + grouped(fingerprint)
                    + " of " + p.signer().id(), reason);
            return new RoundSignerDao.Pin(id, fingerprint, p.signer().publicKey(), p.signer().id(), p.signer().name(),
                    now, actor, reason);
        }

        /** Stores the pin once the round's row exists (its foreign key); true when it replaced another key. */
        private boolean storePin(RoundSignerDao.Pin pin) throws SQLException {
            new RoundSignerDao(c).pin(pin);
            if (pin.reason().equals(FIRST_PACKAGE)) {
                log("signer-pin", "key " + grouped(pin.fingerprint()) + " of " + pin.signerId(), pin.reason());
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
            new jp.clustereval.persistence.ClusterDao(c).findAll(codes).forEach(u -> known.put(u.code(), u));
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
                if (!wanted.contains(row.evaluatorId() + "\n" + row.role()) && roster.remove(id, row.evaluatorId(), row.role())) {
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
}
