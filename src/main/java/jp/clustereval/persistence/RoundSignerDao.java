package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The round_signer table (V8): the key pinned for a round's packages, by the first package opened. */
public final class RoundSignerDao {

    /** @param fingerprint 64 lower-case hex digits (the SHA-256 of the key's X.509 bytes) */
    public record Pin(String roundId, String fingerprint, String publicKey, String signerId, String signerName,
                      Instant pinnedAt, String pinnedBy, String reason) {
    }

    private final Connection c;

    public RoundSignerDao(Connection c) {
        this.c = c;
    }

    public Optional<Pin> find(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT round_id, fingerprint, public_key, signer_id, signer_name,"
                + " pinned_at, pinned_by, reason FROM round_signer WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Pin(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7), rs.getString(8)));
            }
        }
    }

    /** Pins the key for the round, replacing the one pinned before (if any). */
    public void pin(Pin p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_signer(round_id, fingerprint, public_key,"
                + " signer_id, signer_name, pinned_at, pinned_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT(round_id) DO UPDATE SET fingerprint = excluded.fingerprint, public_key = excluded.public_key,"
                + " signer_id = excluded.signer_id, signer_name = excluded.signer_name, pinned_at = excluded.pinned_at,"
                + " pinned_by = excluded.pinned_by, reason = excluded.reason")) {
            ps.setString(1, p.roundId());
            ps.setString(2, p.fingerprint());
            ps.setString(3, p.publicKey());
            ps.setString(4, p.signerId());
            ps.setString(5, p.signerName());
            ps.setString(6, p.pinnedAt().toString());
            ps.setString(7, p.pinnedBy());
            ps.setString(8, p.reason());
            ps.executeUpdate();
        }
    }
}
