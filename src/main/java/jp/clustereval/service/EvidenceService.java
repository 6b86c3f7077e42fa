package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.FileRefusedException;
import jp.clustereval.common.SafeText;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvidenceDao;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.scorefile.ScoreFileReader;

/**
 * The evidence of a round: the figures (achievements) each unit reported for a period, shown beside
 * the grades and in the unit's report. Evidence is not part of the grading definition, so it changes
 * at any time, also after grading started; every change is one transaction with its round_audit row
 * (who, when, the period, how many units and values, the file's SHA-256), and refused input stores nothing.
 */
public final class EvidenceService {

    /** The largest evidence CSV read: 37 City Areas need 2 KB, 100,000 units about 8 MB. */
    public static final int MAX_CSV_BYTES = 16 * 1024 * 1024;
    /** The longest period label, e.g. FY2002-2004. */
    public static final int MAX_PERIOD_CHARS = 40;
    /** The metric columns an evidence CSV may have, in report order. */
    public static final List<String> METRICS = EvidenceCsv.METRICS;

    /** What an import stored: the round, the period, how many units (lines) and values, the file's SHA-256. */
    public record Imported(String roundId, String period, int units, int values, String sha256) {
    }

    private final Database db;
    private final RoundService rounds;

    public EvidenceService(Database db, RoundService rounds) {
        this.db = db;
        this.rounds = rounds;
    }

    /** One unit's figures in the round (null: the current round), every period, periods in text order. */
    public List<Achievements> ofRound(String roundId, String clusterCode) {
        Round round = rounds.require(roundId);
        return db.query(c -> new EvidenceDao(c).ofUnit(round.id(), clusterCode));
    }

    /** Every unit's figures in the round (null: the current round): units in the round's order. */
    public List<Achievements> ofRound(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> new EvidenceDao(c).ofRound(round.id()));
    }

    /** The periods the round (null: the current round) has figures for, in text order. */
    public List<String> periods(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> new EvidenceDao(c).periods(round.id()));
    }

    /**
     * Reads an evidence CSV ({@link EvidenceCsv}) and makes its figures the round's figures for the
     * period, replacing that period's figures of every unit (other periods stay): all or nothing.
     * Without a period, the round's only period is meant (refused when it has none or several).
     */
    public Imported importCsv(String roundId, Path file, String period, String actor) {
        Round round = rounds.require(roundId);
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_CSV_BYTES);
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.unreadable", String.valueOf(file.getFileName()));
        }
        String wanted = period != null ? checkedPeriod(period) : onlyPeriod(round.id());
        List<Achievements> units = EvidenceCsv.read(bytes, wanted);
        String sha256 = ScoreFileReader.sha256(bytes);
        int values = units.stream().mapToInt(a -> a.metrics().size()).sum();
        Instant now = Instant.now();
        RoundGuard.write(db, round.id(), c -> {
            checkUnits(c, round.id(), units);
            EvidenceDao dao = new EvidenceDao(c);
            dao.deletePeriod(round.id(), wanted);
            for (Achievements a : units) {
                dao.insert(round.id(), a);
            }
            audit(c, now, actor, round.id(), "evidence-import", detail(Map.of("period", wanted, "units", units.size(),
                    "values", values, "sha256", sha256, "file", String.valueOf(file.getFileName()))));
            return null;
        });
        return new Imported(round.id(), wanted, units.size(), values, sha256);
    }

    /** Every figure of the round (null: the current round) becomes this list, in one transaction with its audit row. */
    public void replace(String roundId, List<Achievements> evidence, String actor, String why) {
        Round round = rounds.require(roundId);
        RoundGuard.write(db, round.id(), c -> {
            replace(c, round.id(), evidence, actor, why);
            return null;
        });
    }

    /**
     * Inside the caller's transaction (e.g. opening a round package): every figure of the round
     * becomes this list, checked like an import (units of the round, known metrics, counts from 0,
     * a unit and period once, a period label of one line), with its audit row ({@code why} names the source).
     */
    public static void replace(Connection c, String roundId, List<Achievements> evidence, String actor, String why)
            throws SQLException {
        Set<String> seen = new HashSet<>();
        for (Achievements a : evidence) {
            if (!checkedPeriod(a.period()).equals(a.period())) {
                throw new UserFacingException("evidence.badPeriod", MAX_PERIOD_CHARS); // stored as given: no blanks around it
            }
            if (!seen.add(a.clusterCode() + "\n" + a.period())) {
                throw new UserFacingException("evidence.unitTwice", a.clusterCode(), a.period());
            }
            for (Map.Entry<String, Long> m : a.metrics().entrySet()) {
                if (!METRICS.contains(m.getKey())) {
                    throw new UserFacingException("evidence.csvUnknownColumn", m.getKey(), String.join(",", METRICS));
                }
                if (m.getValue() == null || m.getValue() < 0) {
                    throw new UserFacingException("evidence.negative", a.clusterCode(), m.getKey(), m.getValue());
                }
            }
        }
        checkUnits(c, roundId, evidence);
        EvidenceDao dao = new EvidenceDao(c);
        dao.deleteRound(roundId);
        for (Achievements a : evidence) {
            dao.insert(roundId, a);
        }
        int values = evidence.stream().mapToInt(a -> a.metrics().size()).sum();
        audit(c, Instant.now(), actor, roundId, "evidence-replace", detail(Map.of("units", evidence.size(), "values", values,
                "source", why == null ? "" : why)));
    }

    /** Copies the source round's figures of the units the new round also evaluates (making a round with --from). */
    static int copy(Connection c, String fromRoundId, String toRoundId) throws SQLException {
        return new EvidenceDao(c).copy(fromRoundId, toRoundId);
    }

    private static void checkUnits(Connection c, String roundId, List<Achievements> evidence) throws SQLException {
        Set<String> units = new HashSet<>(new RoundDao(c).units(roundId));
        for (Achievements a : evidence) {
            if (!units.contains(a.clusterCode())) {
                throw new UserFacingException("evidence.notUnit", a.clusterCode(), roundId);
            }
        }
    }

    private String onlyPeriod(String roundId) {
        List<String> periods = db.query(c -> new EvidenceDao(c).periods(roundId));
        if (periods.isEmpty()) {
            throw new UserFacingException("evidence.periodNeeded", roundId);
        }
        if (periods.size() > 1) {
            throw new UserFacingException("evidence.periodAmbiguous", roundId, String.join(", ", periods));
        }
        return periods.get(0);
    }

    /** A period label: one line of visible text, at most {@link #MAX_PERIOD_CHARS} characters; returned stripped. */
    static String checkedPeriod(String period) {
        String p = period == null ? "" : period.strip();
        if (p.isEmpty() || p.length() > MAX_PERIOD_CHARS || !SafeText.isSafeLine(p)) {
            throw new UserFacingException("evidence.badPeriod", MAX_PERIOD_CHARS);
        }
        return p;
    }

    private static void audit(Connection c, Instant at, String actor, String roundId, String action, String detail)
            throws SQLException {
        new RoundAuditDao(c).insert(new RoundAuditDao.Entry(at, actor, roundId, action, detail, ""));
    }

    /** The audit detail as JSON, keys sorted. */
    private static String detail(Map<String, Object> fields) {
        try {
            return new ObjectMapper().writeValueAsString(new java.util.TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
