package jp.clustereval.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.FileRefusedException;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.AssignmentDao;
import jp.clustereval.persistence.CoiDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.RoundAuditDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.persistence.RosterDao;

/**
 * Which units each evaluator of a round grades. A round without assignments lets every evaluator
 * grade every unit; once it has one, grading an unassigned unit is refused ({@link GradingService}).
 * Only the round's rostered evaluators are assigned, only to the round's units, never to a unit they
 * declared a conflict of interest with (declaring one removes the assignment, {@link CoiService}).
 * Every change is one transaction with its round_audit rows; a refused change stores nothing.
 */
public final class AssignmentService {

    /** evaluator,cluster: one assignment per line. */
    public static final List<String> CSV_COLUMNS = List.of("evaluator", "cluster");
    public static final int MAX_CSV_BYTES = 16 * 1024 * 1024;

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;

    public AssignmentService(Database db, RoundService rounds, EvaluatorService evaluators) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
    }

    /** Assigns (or with remove, unassigns) the units to the evaluator; returns how many changed. */
    public int assign(String roundId, String evaluatorIdOrName, List<String> clusterCodes, boolean remove, String actor) {
        Round round = rounds.require(roundId);
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        List<String[]> pairs = new ArrayList<>();
        for (String code : clusterCodes) {
            pairs.add(new String[] {e.id(), code.strip()});
        }
        return apply(round.id(), pairs, remove, actor, remove ? "unassign" : "assign");
    }

    /** Assigns every evaluator,cluster line of the CSV (all or nothing); returns how many were new. */
    public int importCsv(String roundId, Path file, String actor) {
        Round round = rounds.require(roundId);
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_CSV_BYTES);
        } catch (FileRefusedException ex) {
            throw ex;
        } catch (IOException ex) {
            throw new UserFacingException(ex, "rounddef.unreadable", file.toString());
        }
        List<String[]> pairs = new ArrayList<>();
        Map<String, String> people = new LinkedHashMap<>();
        for (String[] row : rows(bytes)) {
            String id = people.computeIfAbsent(row[0], who -> evaluators.resolve(who).id());
            pairs.add(new String[] {id, row[1]});
        }
        return apply(round.id(), pairs, false, actor, "assign-import");
    }

    /**
     * The grid's changes in one transaction: the units to unassign, then the units to assign, per
     * evaluator id; each cell changed is one round_audit row. All or nothing; returns how many changed.
     */
    public int change(String roundId, Map<String, Set<String>> assign, Map<String, Set<String>> unassign, String actor) {
        Round round = rounds.require(roundId);
        Instant now = Instant.now();
        return RoundGuard.write(db, round.id(), c -> change(c, round.id(), pairs(unassign), true, actor, "unassign", now)
                + change(c, round.id(), pairs(assign), false, actor, "assign", now));
    }

    private static List<String[]> pairs(Map<String, Set<String>> byEvaluator) {
        List<String[]> pairs = new ArrayList<>();
        byEvaluator.forEach((id, codes) -> codes.forEach(code -> pairs.add(new String[] {Evaluator.normaliseId(id), code})));
        return pairs;
    }

    private int apply(String roundId, List<String[]> pairs, boolean remove, String actor, String action) {
        Instant now = Instant.now();
        return RoundGuard.write(db, roundId, c -> change(c, roundId, pairs, remove, actor, action, now));
    }

    private static int change(Connection c, String roundId, List<String[]> pairs, boolean remove, String actor,
                              String action, Instant now) throws SQLException {
        Set<String> units = new HashSet<>(new RoundDao(c).units(roundId));
        Set<String> rostered = rosteredEvaluators(c, roundId);
        Set<String> conflicts = new HashSet<>();
        for (CoiDao.Row coi : new CoiDao(c).ofRound(roundId)) {
            conflicts.add(coi.evaluatorId() + "\n" + coi.clusterCode());
        }
        AssignmentDao dao = new AssignmentDao(c);
        RoundAuditDao audit = new RoundAuditDao(c);
        int changed = 0;
        for (String[] p : pairs) {
            String evaluatorId = p[0];
            String code = p[1];
            if (!units.contains(code)) {
                throw new UserFacingException("assign.notUnit", code, roundId);
            }
            if (remove) {
                if (dao.remove(roundId, evaluatorId, code)) {
                    audit.insert(new RoundAuditDao.Entry(now, actor, roundId, action, evaluatorId + " " + code, ""));
                    changed++;
                }
                continue;
            }
            if (!rostered.contains(evaluatorId)) {
                throw new UserFacingException("assign.notRostered", evaluatorId, roundId);
            }
            if (conflicts.contains(evaluatorId + "\n" + code)) {
                throw new UserFacingException("assign.conflictOfInterest", evaluatorId, code);
            }
            if (dao.add(roundId, evaluatorId, code, now, actor)) {
                audit.insert(new RoundAuditDao.Entry(now, actor, roundId, action, evaluatorId + " " + code, ""));
                changed++;
            }
        }
        return changed;
    }

    private static Set<String> rosteredEvaluators(Connection c, String roundId) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (RosterDao.Row row : new RosterDao(c).ofRound(roundId)) {
            if (RosterService.EVALUATOR.equals(row.role())) {
                ids.add(row.evaluatorId());
            }
        }
        return ids;
    }

    /** Per evaluator id, the units assigned (empty map: the round has no assignments, everyone grades every unit). */
    public Map<String, Set<String>> ofRound(String roundId) {
        Round round = rounds.require(roundId);
        return db.query(c -> new AssignmentDao(c).ofRound(round.id()));
    }

    private static List<String[]> rows(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "assign.csvNotUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get().parse(new StringReader(text))) {
            if (!parser.getHeaderNames().equals(CSV_COLUMNS)) {
                throw new UserFacingException("assign.csvHeader", String.join(",", CSV_COLUMNS),
                        String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord r : parser) {
                if (r.size() != CSV_COLUMNS.size()) {
                    throw new UserFacingException("csv.columns", r.getRecordNumber() + 1, r.size(), CSV_COLUMNS.size());
                }
                if (r.get(0).isBlank() || r.get(1).isBlank()) {
                    throw new UserFacingException("assign.csvBlank", r.getRecordNumber() + 1);
                }
                rows.add(new String[] {r.get(0).strip(), r.get(1).strip()});
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            String what = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new UserFacingException(e, "csv.malformed", what);
        }
        return rows;
    }
}
