package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.RoundSignerDao;
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
                db.query(c -> new jp.clustereval.persistence.EvidenceDao(c).ofRound(round.id())), people, pairs,
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
        Opened opened = RoundGuard.write(db, p.roundId(), c -> new RoundPackageOpening(c, p, sha, now, actor).run(as, acceptance));
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

    /** A fingerprint's hex digits in groups of four, as Ed25519.fingerprint shows them. */
    static String grouped(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
        }
        return out.toString();
    }
}
