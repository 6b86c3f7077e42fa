package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;

/** The round table with its scale, axes, item tree and cohort. */
public final class RoundDao {

    private final Connection c;

    public RoundDao(Connection c) {
        this.c = c;
    }

    /** Round ids, newest fiscal year first. */
    public List<String> ids() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM round ORDER BY fiscal_year DESC, created_at DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    public Optional<Round> load(String id) throws SQLException {
        LocalizedText name;
        try (PreparedStatement ps = c.prepareStatement("SELECT name_ja, name_en FROM round WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = new LocalizedText(rs.getString(1), rs.getString(2));
            }
        }
        return Optional.of(new Round(id, name, scale(id), axes(id), new ItemTree(items(id)), cohort(id)));
    }

    private GradeScale scale(String id) throws SQLException {
        List<GradeLevel> levels = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, value, wording_ja, wording_en FROM grade_level WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    levels.add(new GradeLevel(rs.getString(1), rs.getDouble(2),
                            new LocalizedText(rs.getString(3), rs.getString(4))));
                }
            }
        }
        return new GradeScale(levels);
    }

    private List<Axis> axes(String id) throws SQLException {
        List<Axis> axes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, name_ja, name_en, weight FROM axis WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    axes.add(new Axis(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                            rs.getDouble(4)));
                }
            }
        }
        return axes;
    }

    private List<Item> items(String id) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, parent_id, kind, axis_code, cluster_code, name_ja, name_en, desc_ja, desc_en, weight, sort_order"
                        + " FROM item WHERE round_id = ? ORDER BY sort_order")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getString(1), rs.getString(2),
                            ItemKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4),
                            rs.getString(5), new LocalizedText(rs.getString(6), rs.getString(7)),
                            new LocalizedText(rs.getString(8), rs.getString(9)), rs.getDouble(10), rs.getInt(11)));
                }
            }
        }
        return items;
    }

    private Set<String> cohort(String id) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT cluster_code FROM round_cohort WHERE round_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    /**
     * Stores a round with its scale, axes, items, cohort and units (whose cluster rows must exist);
     * the caller has checked it ({@code RoundRules}).
     */
    public void insert(RoundDefinition d, Instant at, String actor) throws SQLException {
        Round round = d.round();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO round(id, name_ja, name_en, fiscal_year, created_at, kind, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, round.id());
            ps.setString(2, round.name().ja());
            ps.setString(3, round.name().en());
            ps.setInt(4, d.fiscalYear());
            ps.setString(5, at.toString());
            ps.setString(6, d.kind().code());
            ps.setString(7, actor);
            ps.executeUpdate();
        }
        insertDefinition(d);
    }

    private void insertDefinition(RoundDefinition d) throws SQLException {
        Round round = d.round();
        insertScale(round);
        insertAxes(round);
        for (Item item : round.items().all()) {
            insertItem(round.id(), item);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_cohort(round_id, cluster_code) VALUES (?, ?)")) {
            for (String code : round.cohort()) {
                ps.setString(1, round.id());
                ps.setString(2, code);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        int order = 0;
        for (Cluster unit : d.units()) {
            addUnit(round.id(), unit.code(), order++);
        }
    }

    /**
     * Replaces the round's grading definition (scale, axes, items, cohort, units, fiscal year),
     * keeping the round itself (names, kind) and everything that refers to it. Only for a round
     * without sheets: grades refer to its items and scale.
     */
    public void replaceDefinition(RoundDefinition d) throws SQLException {
        String id = d.id();
        for (String table : List.of("round_unit", "round_cohort", "item", "axis", "grade_level", "sheet_score_basis")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE round_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE round SET fiscal_year = ? WHERE id = ?")) {
            ps.setInt(1, d.fiscalYear());
            ps.setString(2, id);
            ps.executeUpdate();
        }
        insertDefinition(d);
        new EvidenceDao(c).removeOutsideUnits(id); // the figures of units it keeps stay
        new UnitNoteDao(c).removeOutsideUnits(id); // and so do the meeting's notes
    }

    /** Gives the round other names and kind: they are no part of its grading definition. */
    public void updateIdentity(String roundId, LocalizedText name, RoundKind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE round SET name_ja = ?, name_en = ?, kind = ? WHERE id = ?")) {
            ps.setString(1, name.ja());
            ps.setString(2, name.en());
            ps.setString(3, kind.code());
            ps.setString(4, roundId);
            ps.executeUpdate();
        }
    }

    /**
     * The texts of a stored round as the given one has them: the round's names, every item's name
     * and description, every axis's name, every grade's wording; only these columns are written, so
     * its grading structure (and with it the grades stored against it) stays as it is. The caller
     * has checked that the round has exactly these items, axes and grades.
     */
    public void updateTexts(Round round) throws SQLException {
        String id = round.id();
        try (PreparedStatement ps = c.prepareStatement("UPDATE round SET name_ja = ?, name_en = ? WHERE id = ?")) {
            ps.setString(1, round.name().ja());
            ps.setString(2, round.name().en());
            ps.setString(3, id);
            expectOne(ps.executeUpdate(), "round", id);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE item SET name_ja = ?, name_en = ?, desc_ja = ?, desc_en = ? WHERE round_id = ? AND id = ?")) {
            for (Item item : round.items().all()) {
                ps.setString(1, item.name().ja());
                ps.setString(2, item.name().en());
                ps.setString(3, item.description().ja());
                ps.setString(4, item.description().en());
                ps.setString(5, id);
                ps.setString(6, item.id());
                expectOne(ps.executeUpdate(), "item", item.id());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE axis SET name_ja = ?, name_en = ? WHERE round_id = ? AND code = ?")) {
            for (Axis a : round.axes()) {
                ps.setString(1, a.name().ja());
                ps.setString(2, a.name().en());
                ps.setString(3, id);
                ps.setString(4, a.code());
                expectOne(ps.executeUpdate(), "axis", a.code());
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE grade_level SET wording_ja = ?, wording_en = ? WHERE round_id = ? AND code = ?")) {
            for (GradeLevel l : round.scale().levels()) {
                ps.setString(1, l.wording().ja());
                ps.setString(2, l.wording().en());
                ps.setString(3, id);
                ps.setString(4, l.code());
                expectOne(ps.executeUpdate(), "grade", l.code());
            }
        }
    }

    /** A text update that did not find its row: the caller's round is not the stored one (the transaction rolls back). */
    private static void expectOne(int updated, String what, String key) throws SQLException {
        if (updated != 1) {
            throw new SQLException("texts of a round: " + what + " '" + key + "' matched " + updated + " rows");
        }
    }

    /** Whether a sheet of the round is stored: from then on its grading definition cannot change. */
    public boolean hasSheets(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM sheet WHERE round_id = ?)")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Adds a unit (whose cluster row exists) at the end of the round's order. */
    public void addUnit(String roundId, String clusterCode, int order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO round_unit(round_id, cluster_code, sort_order) VALUES (?, ?, ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, clusterCode);
            ps.setInt(3, order);
            ps.executeUpdate();
        }
    }

    /** The codes of the units the round evaluates, in the round's order. */
    public List<String> units(String roundId) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT cluster_code FROM round_unit WHERE round_id = ? ORDER BY sort_order, cluster_code")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    /** Whether the round evaluates this unit (one lookup by key, not the round's whole list). */
    public boolean hasUnit(String roundId, String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM round_unit WHERE round_id = ? AND cluster_code = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** What the round list shows of a stored round, without its item tree. */
    public record Header(String id, LocalizedText name, RoundKind kind, int fiscalYear, boolean graded, int units,
                         int cohort) {
    }

    /**
     * Every round (newest fiscal year first, as {@link #ids}); graded = a sheet of the round is stored
     * (a grade, comment or status was saved), which closes its grading definition to change.
     */
    public List<Header> headers() throws SQLException {
        List<Header> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.name_ja, r.name_en, r.kind, r.fiscal_year,"
                + " EXISTS (SELECT 1 FROM sheet s WHERE s.round_id = r.id),"
                + " (SELECT count(*) FROM round_unit u WHERE u.round_id = r.id),"
                + " (SELECT count(*) FROM round_cohort k WHERE k.round_id = r.id)"
                + " FROM round r ORDER BY r.fiscal_year DESC, r.created_at DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Header(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)),
                        RoundKind.of(rs.getString(4)).orElseThrow(), rs.getInt(5), rs.getBoolean(6), rs.getInt(7),
                        rs.getInt(8)));
            }
        }
        return out;
    }

    public Optional<Header> header(String id) throws SQLException {
        return headers().stream().filter(h -> h.id().equals(id)).findFirst();
    }

    private void insertScale(Round round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO grade_level(round_id, code, value, wording_ja, wording_en, sort_order) VALUES (?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (GradeLevel l : round.scale().levels()) {
                ps.setString(1, round.id());
                ps.setString(2, l.code());
                ps.setDouble(3, l.value());
                ps.setString(4, l.wording().ja());
                ps.setString(5, l.wording().en());
                ps.setInt(6, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertAxes(Round round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO axis(round_id, code, name_ja, name_en, weight, sort_order) VALUES (?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (Axis a : round.axes()) {
                ps.setString(1, round.id());
                ps.setString(2, a.code());
                ps.setString(3, a.name().ja());
                ps.setString(4, a.name().en());
                ps.setDouble(5, a.weight());
                ps.setInt(6, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds one item (e.g. a research-theme sub-item of a cluster) to a round's tree. */
    public void insertItem(String roundId, Item item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO item(round_id, id, parent_id, kind, axis_code, cluster_code, name_ja, name_en, desc_ja, desc_en,"
                        + " weight, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, item.id());
            ps.setString(3, item.parentId());
            ps.setString(4, item.kind().name().toLowerCase(Locale.ROOT));
            ps.setString(5, item.axisCode());
            ps.setString(6, item.clusterCode());
            ps.setString(7, item.name().ja());
            ps.setString(8, item.name().en());
            ps.setString(9, item.description().ja());
            ps.setString(10, item.description().en());
            ps.setDouble(11, item.weight());
            ps.setInt(12, item.order());
            ps.executeUpdate();
        }
    }
}
