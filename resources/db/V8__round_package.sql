-- ClusterEval schema, version 8: the round package (.ceround). The first package opened for a round
-- pins the key that signed it (the secretariat's); a package for the round signed by another key is
-- refused unless accepted with its fingerprint and a reason, which re-pins it (round_audit records
-- the acceptance with the reason). A round made on this machine has no row here until a package of
-- it is opened.
CREATE TABLE round_signer (
    round_id    TEXT PRIMARY KEY REFERENCES round(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
    public_key  TEXT NOT NULL,
    signer_id   TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    pinned_at   TEXT NOT NULL,
    pinned_by   TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0)
);
