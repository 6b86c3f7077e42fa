package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.clustereval.common.FileRefusedException;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.RoundRules;
import jp.clustereval.domain.RoundState;
import jp.clustereval.domain.RoundSummary;
import jp.clustereval.persistence.ClusterDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.MetaDao;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.rounddef.UnitsCsv;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * The secretariat's use cases for rounds: list them, read one's definition, make a new one (from
 * another round or from a definition file, with units from a CSV and a cohort of its own), and
 * choose the current round. A new round is checked whole ({@link RoundRules}) before anything of it
 * is stored, and stored in one transaction with its audit row: a refused one changes nothing.
 */
public final class RoundSetupService {

    /**
     * What a new round is made of: its identity, kind (null: the source's, or mid-term for a
     * definition file), exactly one of a round to copy or a definition read from a file, and
     * optionally other units and another cohort (null: keep).
     */
    public record NewRound(String id, LocalizedText name, RoundKind kind, String fromRoundId, RoundDefinition definition,
                           List<Cluster> units, List<String> cohort) {
    }

    private final Database db;
    private final RoundService rounds;
    private final ClusterService clusters;

    public RoundSetupService(Database db, RoundService rounds, ClusterService clusters) {
        this.db = db;
        this.rounds = rounds;
        this.clusters = clusters;
    }

    /** Every round of the database, newest first, the current one marked. */
    public List<RoundSummary> list() {
        String current = rounds.currentId();
        return db.query(c -> new RoundDao(c).headers()).stream()
                .map(h -> new RoundSummary(h.id(), h.name(), h.kind(), h.graded() ? RoundState.GRADING : RoundState.PREPARING,
                        h.units(), h.cohort(), h.id().equals(current)))
                .toList();
    }

    /** The round's whole definition (null: the current round), as a definition file holds it. */
    public RoundDefinition definition(String roundId) {
        Round round = rounds.require(roundId);
        RoundDao.Header header = db.query(c -> new RoundDao(c).header(round.id())).orElseThrow();
        return new RoundDefinition(round, header.kind(), header.fiscalYear(), clusters.ofRound(round.id()));
    }

    /** The definition a new database is seeded with (the FY2004 mid-term round of the 18 clusters). */
    public RoundDefinition seededDefinition() {
        return jp.clustereval.persistence.SeedDefinition.round();
    }

    /** The definition file's bytes of a round. */
    public byte[] definitionFile(String roundId) {
        return RoundDefinitionJson.write(definition(roundId));
    }

    /** A definition file, bounded before it is read, refused whole (a {@code rounddef.*} message). */
    public RoundDefinition readDefinition(Path file) {
        return RoundDefinitionJson.read(bytes(file, RoundDefinitionJson.MAX_BYTES));
    }

    /** A units CSV (the columns of clusters.csv), bounded before it is read. */
    public List<Cluster> readUnits(Path file) {
        return UnitsCsv.read(bytes(file, UnitsCsv.MAX_BYTES));
    }

    private static byte[] bytes(Path file, int max) {
        try {
            return BoundedFiles.read(file, max);
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new UserFacingException(e, "rounddef.unreadable", file.toString());
        }
    }

    /** Makes the round; returns its stored definition. */
    public RoundDefinition create(NewRound request, String actor) {
        RoundRules.checkId(request.id());
        RoundRules.checkName(request.name());
        if ((request.fromRoundId() == null) == (request.definition() == null)) {
            throw new UserFacingException("round.sourceNeeded");
        }
        if (rounds.ids().contains(request.id())) {
            throw new UserFacingException("round.exists", request.id());
        }
        RoundDefinition base = request.fromRoundId() != null ? definition(request.fromRoundId()) : request.definition();
        RoundKind kind = request.kind() != null ? request.kind()
                : request.fromRoundId() != null ? base.kind() : RoundKind.MID_TERM;
        List<Cluster> units = request.units() != null ? request.units() : base.units();
        Set<String> cohort = cohort(request, base, units);
        Round source = base.round();
        Round round = new Round(request.id(), request.name(), source.scale(), source.axes(), source.items(), cohort);
        RoundDefinition d = new RoundDefinition(round, kind, base.fiscalYear(), units);
        RoundRules.check(d);
        String detail = request.fromRoundId() != null ? "from " + request.fromRoundId() : "from a definition file";
        Instant now = Instant.now();
        String current = rounds.currentId();
        db.inTransaction(c -> {
            if (new RoundDao(c).header(d.id()).isPresent()) {
                throw new UserFacingException("round.exists", d.id());
            }
            // a new round does not become current by being the newest: only 'round use' changes that
            MetaDao meta = new MetaDao(c);
            if (meta.get(MetaDao.CURRENT_ROUND).isEmpty()) {
                meta.put(MetaDao.CURRENT_ROUND, current);
            }
            storeUnits(c, d.units());
            new RoundDao(c).insert(d, now, actor);
            // the source's evidence comes along for the units the new round shares with it
            int evidence = request.fromRoundId() != null ? EvidenceService.copy(c, request.fromRoundId(), d.id()) : 0;
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, d.id(), "create", detail
                    + (request.units() != null ? ", " + units.size() + " units from a file" : "")
                    + (evidence > 0 ? ", " + evidence + " evidence values" : ""), ""));
            return null;
        });
        return definition(d.id());
    }

    /**
     * The cohort: the one asked for; or, when the units changed, the source's cohort as far as its
     * units remain, or every unit when none remains; or the source's.
     */
    private static Set<String> cohort(NewRound request, RoundDefinition base, List<Cluster> units) {
        if (request.cohort() != null) {
            Set<String> asked = new LinkedHashSet<>();
            for (String code : request.cohort()) {
                asked.add(code.strip());
            }
            return asked;
        }
        if (request.units() == null) {
            return base.round().cohort();
        }
        Set<String> kept = new LinkedHashSet<>();
        units.stream().map(Cluster::code).filter(base.round().cohort()::contains).forEach(kept::add);
        if (kept.isEmpty()) {
            units.stream().map(Cluster::code).forEach(kept::add);
        }
        return kept;
    }

    /**
     * A unit is one cluster row, shared by the rounds that evaluate it: a new code is added, a known
     * code must come with exactly the stored names and facts (a sheet names a unit by its code, so
     * one code cannot mean two units).
     */
    static void storeUnits(java.sql.Connection c, List<Cluster> units) throws java.sql.SQLException {
        ClusterDao dao = new ClusterDao(c);
        Map<String, Cluster> stored = new HashMap<>();
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.code()));
        dao.findAll(codes).forEach(cl -> stored.put(cl.code(), cl));
        for (Cluster unit : units) {
            Cluster known = stored.get(unit.code());
            if (known == null) {
                dao.insert(unit);
            } else if (!known.equals(unit)) {
                throw new UserFacingException("round.unitDiffers", unit.code(), known.name().ja(), known.name().en());
            }
        }
    }

    /**
     * A new grading definition for a round (null roundId: the current round) from another round or
     * a definition file, optionally with other units and cohort: only while no sheet of the round is
     * stored (its state is preparing). Its names, kind, weights history, roster and assignments stay.
     */
    public record Redefinition(String roundId, String fromRoundId, RoundDefinition definition, List<Cluster> units,
                               List<String> cohort) {
    }

    /** Replaces the round's grading definition; refused, naming why, once the round has a stored sheet. */
    public RoundDefinition redefine(Redefinition request, String actor) {
        if ((request.fromRoundId() == null) == (request.definition() == null)) {
            throw new UserFacingException("round.sourceNeeded");
        }
        RoundDefinition current = definition(request.roundId());
        String id = current.id();
        refuseWhenGraded(id);
        RoundDefinition base = request.fromRoundId() != null ? definition(request.fromRoundId()) : request.definition();
        NewRound asNew = new NewRound(id, current.round().name(), current.kind(), request.fromRoundId(), base,
                request.units(), request.cohort());
        List<Cluster> units = request.units() != null ? request.units() : base.units();
        Round source = base.round();
        Round round = new Round(id, current.round().name(), source.scale(), source.axes(), source.items(),
                cohort(asNew, base, units));
        RoundDefinition d = new RoundDefinition(round, current.kind(), base.fiscalYear(), units);
        RoundRules.check(d);
        Instant now = Instant.now();
        RoundGuard.write(db, id, c -> {
            if (new RoundDao(c).hasSheets(id)) {
                throw frozen(id);
            }
            storeUnits(c, d.units());
            new RoundDao(c).replaceDefinition(d);
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, id, "redefine",
                    request.fromRoundId() != null ? "from " + request.fromRoundId() : "from a definition file", ""));
            return null;
        });
        rounds.invalidate(id);
        return definition(id);
    }

    /**
     * New texts for a round (null roundId: the current round): its names (null: keep them) and the
     * texts of a definition (null: keep them) whose grading structure, units, cohort, fiscal year and
     * weights equal the stored ones: its items' and headings' names and descriptions, its axes' names,
     * its grades' wording.
     */
    public record Renaming(String roundId, LocalizedText name, RoundDefinition texts) {
    }

    /**
     * Gives a round new texts, at any time, also after its first grade: the round fingerprint does
     * not cover them, so the grades and score files of the round stay valid. Anything else that
     * differs is refused, naming why (the freeze rule's message once the round is graded), and
     * nothing is changed. Returns how many texts changed (0: nothing stored, nothing recorded).
     */
    public int rename(Renaming request, String actor) {
        RoundDefinition stored = definition(request.roundId());
        String id = stored.id();
        LocalizedText name = request.name() != null
                ? new LocalizedText(request.name().ja().strip(), request.name().en().strip()) : stored.round().name();
        RoundRules.checkName(name);
        RoundDefinition wanted = (request.texts() != null ? request.texts() : stored).as(id, name, stored.kind());
        RoundRules.check(wanted);
        refuseStructure(stored, wanted);
        RoundTextChange change = RoundTextChange.between(stored, wanted);
        if (change.count() == 0) {
            return 0;
        }
        Instant now = Instant.now();
        RoundGuard.write(db, id, c -> {
            // read again under the transaction: a redefinition meanwhile (another process) is not overwritten with texts
            RoundDao dao = new RoundDao(c);
            java.util.Optional<Round> again = dao.load(id);
            if (again.isEmpty()) {
                throw new UserFacingException("round.unknown", id, String.join(", ", dao.ids()));
            }
            if (!RoundFingerprint.of(again.get()).equals(RoundFingerprint.of(stored.round()))) {
                throw dao.hasSheets(id) ? frozen(id) : new UserFacingException("round.renameStructure", id);
            }
            dao.updateTexts(wanted.round());
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, id, "rename", change.detail(), ""));
            return null;
        });
        rounds.invalidate(id);
        return change.count();
    }

    /** A renaming changes texts only: the freeze rule's message once the round is graded, before it where to go instead. */
    private void refuseStructure(RoundDefinition stored, RoundDefinition wanted) {
        if (RoundTextChange.structural(stored, wanted)) {
            refuseWhenGraded(stored.id());
            throw new UserFacingException("round.renameStructure", stored.id());
        }
        if (RoundTextChange.weightsDiffer(stored, wanted)) {
            throw new UserFacingException("round.renameWeights", stored.id());
        }
    }

    /**
     * The freeze rule: a round's units, items, item-to-axis map and scale change only until its first
     * sheet is stored; the grades stored would otherwise refer to another definition than the one
     * their score files were signed against (the round fingerprint).
     */
    private void refuseWhenGraded(String roundId) {
        if (db.query(c -> new RoundDao(c).hasSheets(roundId))) {
            throw frozen(roundId);
        }
    }

    private static UserFacingException frozen(String roundId) {
        return new UserFacingException("round.frozen", roundId);
    }

    /** Makes the round the current one: commands and the desktop take it when none is named. */
    public void use(String roundId, String actor) {
        Round round = rounds.require(roundId);
        Instant now = Instant.now();
        db.inTransaction(c -> {
            new MetaDao(c).put(MetaDao.CURRENT_ROUND, round.id());
            new RoundAuditDao(c).insert(new RoundAuditDao.Entry(now, actor, round.id(), "use", "", ""));
            return null;
        });
    }
}
