-- ClusterEval schema, version 2: score files (import/merge), key pinning, conflicts, conflicts of interest.

-- Every file the chair imported (score file or CSV), byte for byte, with its SHA-256.
CREATE TABLE imported_file (
    id              INTEGER PRIMARY KEY,
    sha256          TEXT NOT NULL UNIQUE,
    file_name       TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('cescore', 'csv')),
    size            INTEGER NOT NULL,
    content         BLOB NOT NULL,
    round_id        TEXT NOT NULL REFERENCES round(id),
    evaluator_id    TEXT NOT NULL REFERENCES evaluator(id),
    key_fingerprint TEXT,
    exported_at     TEXT,
    imported_at     TEXT NOT NULL,
    imported_by     TEXT NOT NULL
);

-- The file the sheet's current content came from (NULL: graded in this database).
ALTER TABLE sheet ADD COLUMN source_file_id INTEGER REFERENCES imported_file(id);
-- The file that brought a change (NULL: typed in this database).
ALTER TABLE audit ADD COLUMN file_id INTEGER REFERENCES imported_file(id);

-- Evaluators' public keys: the active one is pinned; replaced ones stay as history.
-- trust: first_use (pinned on the first file seen), verified (checked with the evaluator), override (chair accepted a new key).
CREATE TABLE evaluator_key (
    id           INTEGER PRIMARY KEY,
    evaluator_id TEXT NOT NULL REFERENCES evaluator(id),
    fingerprint  TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    trust        TEXT NOT NULL CHECK (trust IN ('first_use', 'verified', 'override')),
    active       INTEGER NOT NULL CHECK (active IN (0, 1)),
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX evaluator_key_active ON evaluator_key(evaluator_id) WHERE active = 1;

-- Equal revisions with different content: kept until the chair chooses, with a reason.
CREATE TABLE sheet_conflict (
    id            INTEGER PRIMARY KEY,
    round_id      TEXT NOT NULL REFERENCES round(id),
    evaluator_id  TEXT NOT NULL REFERENCES evaluator(id),
    cluster_code  TEXT NOT NULL REFERENCES cluster(code),
    revision      INTEGER NOT NULL,
    file_id       INTEGER NOT NULL REFERENCES imported_file(id),
    incoming      TEXT NOT NULL,
    incoming_hash TEXT NOT NULL,
    stored_hash   TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    resolution    TEXT CHECK (resolution IN ('stored', 'incoming')),
    resolved_at   TEXT,
    resolved_by   TEXT,
    reason        TEXT,
    CHECK (resolution IS NULL OR length(trim(reason)) > 0)
);
CREATE INDEX sheet_conflict_by_sheet ON sheet_conflict(round_id, evaluator_id, cluster_code);

-- An evaluator affiliated with a cluster: excluded from every average unless included with a reason.
CREATE TABLE conflict_of_interest (
    round_id       TEXT NOT NULL REFERENCES round(id),
    evaluator_id   TEXT NOT NULL REFERENCES evaluator(id),
    cluster_code   TEXT NOT NULL REFERENCES cluster(code),
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    included       INTEGER NOT NULL DEFAULT 0 CHECK (included IN (0, 1)),
    include_reason TEXT,
    included_at    TEXT,
    included_by    TEXT,
    PRIMARY KEY (round_id, evaluator_id, cluster_code),
    CHECK (included = 0 OR length(trim(include_reason)) > 0)
);
