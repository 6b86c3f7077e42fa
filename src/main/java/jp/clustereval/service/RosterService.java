package jp.clustereval.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.persistence.WeightDao;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.persistence.MergeWriter;
import jp.clustereval.scorefile.ParsedScoreFile;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileChecker;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * A round's roster: who takes part in which role. The weighting group (role weighting) is who may
 * sign the round's weights files ({@link WeightsFileService}). An evaluator grades the units assigned
 * to them ({@link AssignmentService}), or every unit of the round while it has no assignments.
 */
public final class RosterService {

    public static final String EVALUATOR = "evaluator";
    public static final String WEIGHTING = "weighting";
    public static final String CHAIR = "chair";
    public static final List<String> ROLES = List.of(EVALUATOR, WEIGHTING, CHAIR);

    /** Longest email address (RFC 5321's path limit). */
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");

    /**
     * One person's role in a round: assigned = how many clusters they grade (evaluators; null for the
     * other roles), handedIn = whether they handed anything in for the round (evaluators: sheets or
     * score files stored; weighting group: a weights file of theirs applied; null for the chair).
     */
    public record Member(Evaluator person, String role, String email, Integer assigned, Boolean handedIn) {
    }

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final ClusterService clusters;

    public RosterService(Database db, RoundService rounds, EvaluatorService evaluators, ClusterService clusters) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.clusters = clusters;
    }

    /**
     * Puts a person on the round's roster in a role (email null: none, or unchanged for one already
     * in it); true when they were not in that role yet.
     */
    public boolean add(String roundId, String evaluatorIdOrName, String role, String email, String actor) {
        Round round = rounds.require(roundId);
        String r = checkedRole(role);
        String mail = checkedEmail(email);
        Evaluator person = evaluators.resolve(evaluatorIdOrName);
        return RoundGuard.write(db, round.id(), c -> put(c, round.id(), person, r, mail, actor));
    }

    /**
     * A new person (an evaluator record made now) put on the round's roster in a role: one
     * transaction, so a refused role, e-mail or name leaves no person behind. Returns the person.
     */
    public Evaluator addNewPerson(String roundId, String name, String affiliation, String role, String email, String actor) {
        Round round = rounds.require(roundId);
        String r = checkedRole(role);
        String mail = checkedEmail(email);
        Evaluator person = EvaluatorService.validated(name, affiliation);
        return RoundGuard.write(db, round.id(), c -> {
            new EvaluatorDao(c).insert(person, Instant.now());
            put(c, round.id(), person, r, mail, actor);
            return person;
        });
    }

    /**
     * The signer of a score file held because they are neither stored here nor on the round's roster
     * (import.notRosteredUnknown), put on the roster in a role: the file is read and verified as the
     * import reads it (bounded read, parse, signature) and checked against the round as the import
     * checks it, then, in one transaction, the evaluator record is made with the file's id, name and
     * affiliation as the import makes it, and rostered (audited as 'roster add'). No grade is stored
     * and no key pinned: importing the file afterwards does both as usual. Refused, with nothing
     * stored: a file that does not verify, one for another round, a signer stored here already (they
     * are rostered by id: 'roster add --evaluator'), or already rostered in that role, or one whose
     * key is pinned for another person.
     */
    public Evaluator addFromScoreFile(java.nio.file.Path file, String roundId, String role, String actor) {
        Round round = rounds.require(roundId);
        String r = checkedRole(role);
        ParsedScoreFile parsed = ScoreFileReader.read(file);
        ScoreFile content = parsed.content();
        if (!round.id().equals(content.roundId())) {
            throw new UserFacingException("roster.fromOtherRound", content.roundId(), round.id());
        }
        // a file this round would refuse anyway brings nobody onto its roster
        ScoreFileChecker.checkItems(content, round, RoundFingerprints.of(db, round));
        Evaluator person = new Evaluator(content.evaluator().id(), content.evaluator().name(), content.evaluator().affiliation());
        return RoundGuard.write(db, round.id(), c -> {
            if (new RosterDao(c).has(round.id(), person.id(), r)) {
                throw new UserFacingException("roster.fromAlreadyRostered", person.displayName(), person.id(), round.id(), r);
            }
            if (new EvaluatorDao(c).findById(person.id()).isPresent()) {
                throw new UserFacingException("roster.fromStored", person.displayName(), person.id(), round.id(), r);
            }
            String owner = new EvaluatorKeyDao(c).owners().get(parsed.keyFingerprint());
            if (owner != null) {
                throw new UserFacingException("roster.fromKeyOfAnother", person.displayName(), parsed.keyFingerprint(), owner);
            }
            Instant now = Instant.now();
            try (MergeWriter writer = new MergeWriter(c)) {
                writer.ensureEvaluator(person.id(), person.name(), person.affiliation(), now);
            }
            put(c, round.id(), person, r, null, actor);
            return person;
        });
    }

    /**
     * First start of a chair or secretariat: the local person is created, their answer stored
     * (app_meta.local_role = chair), and they are put on the current round's roster as chair, in one
     * transaction (audited as a roster addition by themselves).
     */
    public Evaluator setUpLocalChair(String name, String affiliation) {
        Round round = rounds.current();
        Evaluator person = EvaluatorService.validated(name, affiliation);
        return RoundGuard.write(db, round.id(), c -> {
            EvaluatorService.insertLocal(c, person, LocalRole.CHAIR);
            put(c, round.id(), person, CHAIR, null, person.name());
            return person;
        });
    }

    private static boolean put(java.sql.Connection c, String roundId, Evaluator person, String role, String mail,
                               String actor) throws java.sql.SQLException {
        Instant now = Instant.now();
        boolean added = new RosterDao(c).add(roundId, person.id(), role, mail, now, actor);
        new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, roundId, added ? "roster-add" : "roster-email",
                person.id() + " " + role + (mail == null ? "" : " " + mail), ""));
        return added;
    }

    /** The role as stored; an unknown one is refused. */
    public static String checkedRole(String role) {
        String r = role == null ? "" : role.strip();
        if (!ROLES.contains(r)) {
            throw new UserFacingException("roster.role", r, String.join(", ", ROLES));
        }
        return r;
    }

    /** The e-mail as stored (null: none given); one that is not an address is refused. */
    public static String checkedEmail(String email) {
        String mail = email == null ? null : email.strip();
        if (mail != null && !mail.isEmpty() && (mail.length() > MAX_EMAIL || !EMAIL.matcher(mail).matches())) {
            throw new UserFacingException("roster.email", mail);
        }
        return mail;
    }

    /**
     * Takes a person off the round's roster: in one role, or in every role of theirs when role is
     * null. Leaving the evaluator role takes their assignments of the round with it (an assignment is
     * only for a rostered evaluator). One transaction; every row removed is recorded in round_audit.
     * Returns the roles removed; a person not in the roster (in that role) is refused.
     */
    public List<String> remove(String roundId, String evaluatorIdOrName, String role, String actor) {
        Round round = rounds.require(roundId);
        String r = role == null ? null : role.strip();
        if (r != null && !ROLES.contains(r)) {
            throw new UserFacingException("roster.role", r, String.join(", ", ROLES));
        }
        Evaluator person = evaluators.resolve(evaluatorIdOrName);
        Instant now = Instant.now();
        return RoundGuard.write(db, round.id(), c -> {
            RosterDao roster = new RosterDao(c);
            List<String> removed = new ArrayList<>();
            for (RosterDao.Row row : roster.ofRound(round.id())) {
                if (row.evaluatorId().equals(person.id()) && (r == null || row.role().equals(r))) {
                    removed.add(row.role());
                }
            }
            if (removed.isEmpty()) {
                throw new UserFacingException("roster.notMember", person.name(), round.id());
            }
            roster.remove(round.id(), person.id(), r);
            RoundAuditDao audit = new RoundAuditDao(c);
            for (String gone : removed) {
                audit.insert(new RoundAuditDao.Entry(now, actor, round.id(), "roster-remove", person.id() + " " + gone, ""));
            }
            if (removed.contains(EVALUATOR)) {
                AssignmentDao assignments = new AssignmentDao(c);
                for (String code : assignments.ofRound(round.id()).getOrDefault(person.id(), Set.of())) {
                    assignments.remove(round.id(), person.id(), code);
                    audit.insert(new RoundAuditDao.Entry(now, actor, round.id(), "unassign-roster",
                            person.id() + " " + code, ""));
                }
            }
            return removed;
        });
    }

    /** The round's roster, in the order people were added. */
    public List<Member> list(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> {
            // without assignments every evaluator grades every unit of the round
            int units = new RoundDao(c).units(round.id()).size();
            Map<String, java.util.Set<String>> assigned = new AssignmentDao(c).ofRound(round.id());
            Map<String, Evaluator> people = new HashMap<>();
            new EvaluatorDao(c).findAll().forEach(e -> people.put(e.id(), e));
            RosterDao roster = new RosterDao(c);
            Set<String> handedIn = roster.handedIn(round.id());
            Set<String> signedWeights = new HashSet<>();
            for (WeightDao.Change ch : new WeightDao(c).history(round.id())) {
                if (ch.signerId() != null) {
                    signedWeights.add(ch.signerId());
                }
            }
            List<Member> out = new ArrayList<>();
            for (RosterDao.Row row : roster.ofRound(round.id())) {
                Evaluator e = people.get(row.evaluatorId());
                out.add(switch (row.role()) {
                    case EVALUATOR -> new Member(e, row.role(), row.email(),
                            assigned.isEmpty() ? units : assigned.getOrDefault(e.id(), java.util.Set.of()).size(),
                            handedIn.contains(e.id()));
                    case WEIGHTING -> new Member(e, row.role(), row.email(), null, signedWeights.contains(e.id()));
                    default -> new Member(e, row.role(), row.email(), null, null);
                });
            }
            return out;
        });
    }

    /** The members of the round's weighting group. */
    public List<Evaluator> weightingGroup(String roundId) {
        return list(roundId).stream().filter(m -> m.role().equals(WEIGHTING)).map(Member::person).toList();
    }
}
