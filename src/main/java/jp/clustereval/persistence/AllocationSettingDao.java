package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** The chair's last allocation settings per round, so that the next session starts from them. */
public final class AllocationSettingDao {

    /** capYen null = no cap. */
    public record Row(String roundId, long poolYen, String rule, long floorYen, Long capYen, long baselineYen,
                      double tierStep, String cohort, Instant savedAt, String savedBy) {
    }

    private final Connection c;

    public AllocationSettingDao(Connection c) {
        this.c = c;
    }

    public void save(Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO allocation_setting(round_id, pool_yen, rule, floor_yen, cap_yen,"
                + " baseline_yen, tier_step, cohort, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT(round_id) DO UPDATE SET pool_yen = excluded.pool_yen, rule = excluded.rule,"
                + " floor_yen = excluded.floor_yen, cap_yen = excluded.cap_yen, baseline_yen = excluded.baseline_yen,"
                + " tier_step = excluded.tier_step, cohort = excluded.cohort, saved_at = excluded.saved_at,"
                + " saved_by = excluded.saved_by")) {
            ps.setString(1, r.roundId());
            ps.setLong(2, r.poolYen());
            ps.setString(3, r.rule());
            ps.setLong(4, r.floorYen());
            if (r.capYen() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setLong(5, r.capYen());
            }
            ps.setLong(6, r.baselineYen());
            ps.setDouble(7, r.tierStep());
            ps.setString(8, r.cohort());
            ps.setString(9, r.savedAt().toString());
            ps.setString(10, r.savedBy());
            ps.executeUpdate();
        }
    }

    public Optional<Row> find(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pool_yen, rule, floor_yen, cap_yen, baseline_yen, tier_step,"
                + " cohort, saved_at, saved_by FROM allocation_setting WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long cap = rs.getLong(4);
                Long capOrNull = rs.wasNull() ? null : cap;
                return Optional.of(new Row(roundId, rs.getLong(1), rs.getString(2), rs.getLong(3), capOrNull, rs.getLong(5),
                        rs.getDouble(6), rs.getString(7), Instant.parse(rs.getString(8)), rs.getString(9)));
            }
        }
    }
}
