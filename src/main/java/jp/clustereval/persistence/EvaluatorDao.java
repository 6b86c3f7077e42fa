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

    public Optional<Evaluator> findById(String id) throws SQLException {
        return list("SELECT id, name, affiliation FROM evaluator WHERE id = ?", id).stream().findFirst();
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
