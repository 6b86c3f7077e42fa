-- ClusterEval schema, version 3: the panel's work: weights history, comment tags, allocation settings.

-- Every change of a round's weights (axis.weight and item.weight hold the current ones): the whole
-- normalised set as set, who set it and when, and how (typed, AHP, or a signed weights file).
CREATE TABLE weight_change (
    id                INTEGER PRIMARY KEY,
    round_id          TEXT NOT NULL REFERENCES round(id),
    source            TEXT NOT NULL CHECK (source IN ('direct', 'ahp', 'file')),
    axis_weights      TEXT NOT NULL,
    item_weights      TEXT NOT NULL,
    consistency_ratio REAL,
    set_by            TEXT NOT NULL CHECK (length(trim(set_by)) > 0),
    set_at            TEXT NOT NULL,
    key_fingerprint   TEXT,
    file_sha256       TEXT,
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL
);
CREATE INDEX weight_change_by_round ON weight_change(round_id, id);

-- The chair's tags on evaluators' comments: the common issues of the programme.
-- item_id '' is the sheet's overall comment.
CREATE TABLE comment_tag (
    round_id     TEXT NOT NULL REFERENCES round(id),
    evaluator_id TEXT NOT NULL REFERENCES evaluator(id),
    cluster_code TEXT NOT NULL REFERENCES cluster(code),
    item_id      TEXT NOT NULL,
    field        TEXT NOT NULL CHECK (field IN ('comment', 'indication')),
    tag          TEXT NOT NULL CHECK (tag IN ('rd-themes', 'commercialisation', 'ip', 'wide-area', 'people', 'regulation')),
    tagged_at    TEXT NOT NULL,
    tagged_by    TEXT NOT NULL,
    PRIMARY KEY (round_id, evaluator_id, cluster_code, item_id, field, tag)
);

-- The chair's last subsidy allocation settings per round.
CREATE TABLE allocation_setting (
    round_id     TEXT PRIMARY KEY REFERENCES round(id),
    pool_yen     INTEGER NOT NULL CHECK (pool_yen > 0),
    rule         TEXT NOT NULL CHECK (rule IN ('proportional', 'tiers')),
    floor_yen    INTEGER NOT NULL CHECK (floor_yen >= 0),
    cap_yen      INTEGER CHECK (cap_yen IS NULL OR cap_yen >= floor_yen),
    baseline_yen INTEGER NOT NULL CHECK (baseline_yen > 0),
    tier_step    REAL NOT NULL CHECK (tier_step >= 0 AND tier_step < 1),
    cohort       TEXT NOT NULL,
    saved_at     TEXT NOT NULL,
    saved_by     TEXT NOT NULL
);
