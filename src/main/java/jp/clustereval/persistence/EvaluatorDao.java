package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.clustereval.domain.Evaluator;

/** The evaluator table. */
public final class EvaluatorDao {

    private final Connection c;

    public EvaluatorDao(Connection c) {
        this.c = c;
    }

    public void insert(Evaluator e, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO evaluator(id, name, affiliation, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.name());
            ps.setString(3, e.affiliation());
            ps.setString(4, at.toString());
            ps.executeUpdate();
        }
    }

    public List<Evaluator> findAll() throws SQLException {
        return list("SELECT id, name, affiliation FROM evaluator ORDER BY created_at, name", null);
    }

    /** The evaluator of this id, in whatever case it is given (ids are stored in lower case). */
    public Optional<Evaluator> findById(String id) throws SQLException {
        return list("SELECT id, name, affiliation FROM evaluator WHERE id = ?", Evaluator.normaliseId(id)).stream()
                .findFirst();
    }

    /**
     * Gives the evaluator the name and affiliation a score file carries, which the chair accepted
     * with a reason; the old ones, the file (null: none stored) and the reason are recorded.
     */
    public void rename(Evaluator stored, String name, String affiliation, Long fileId, String reason, Instant at,
                       String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evaluator SET name = ?, affiliation = ? WHERE id = ?")) {
            ps.setString(1, name);
            ps.setString(2, affiliation);
            ps.setString(3, stored.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluator_rename(evaluator_id, old_name, old_affiliation,"
                + " new_name, new_affiliation, file_id, reason, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, stored.id());
            ps.setString(2, stored.name());
            ps.setString(3, stored.affiliation());
            ps.setString(4, name);
            ps.setString(5, affiliation);
            if (fileId == null) {
                ps.setNull(6, java.sql.Types.INTEGER);
            } else {
                ps.setLong(6, fileId);
            }
            ps.setString(7, reason);
            ps.setString(8, at.toString());
            ps.setString(9, actor);
            ps.executeUpdate();
        }
    }

    /** Every accepted change of an evaluator's name or affiliation, oldest first. */
    public List<Rename> renames() throws SQLException {
        List<Rename> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT evaluator_id, old_name, old_affiliation, new_name,"
                + " new_affiliation, file_id, reason, at, actor FROM evaluator_rename ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long file = rs.getLong(6);
                Long fileId = rs.wasNull() ? null : file;
                out.add(new Rename(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        fileId, rs.getString(7), Instant.parse(rs.getString(8)), rs.getString(9)));
            }
        }
        return out;
    }

    /** One accepted change of an evaluator's name or affiliation (evaluator_rename). */
    public record Rename(String evaluatorId, String oldName, String oldAffiliation, String newName,
                         String newAffiliation, Long fileId, String reason, Instant at, String actor) {
    }

    /** Whether a sheet of the evaluator is stored, in any round. */
    public boolean hasSheets(String evaluatorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM sheet WHERE evaluator_id = ?)")) {
            ps.setString(1, evaluatorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Evaluators whose name equals the given one, ignoring case and surrounding blanks. */
    public List<Evaluator> findByName(String name) throws SQLException {
        return list("SELECT id, name, affiliation FROM evaluator WHERE lower(trim(name)) = lower(trim(?)) ORDER BY created_at",
                name);
    }

    private List<Evaluator> list(String sql, String arg) throws SQLException {
        List<Evaluator> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Evaluator(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return result;
    }
}
