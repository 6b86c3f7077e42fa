-- ClusterEval schema, version 1.
-- Every statement here runs in one transaction with the schema_version row that records it.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

CREATE TABLE cluster (
    code          TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 16),
    name_ja       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    area_ja       TEXT NOT NULL DEFAULT '',
    area_en       TEXT NOT NULL DEFAULT '',
    prefectures   TEXT NOT NULL DEFAULT '',
    start_fy      INTEGER NOT NULL,
    wide_area     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE cluster_field (
    cluster_code TEXT NOT NULL REFERENCES cluster(code) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    sort_order   INTEGER NOT NULL,
    PRIMARY KEY (cluster_code, field)
);

-- Reported results (papers, patents, ...) per cluster and period, one row per metric.
CREATE TABLE achievement (
    cluster_code TEXT NOT NULL REFERENCES cluster(code) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    metric       TEXT NOT NULL,
    value        INTEGER NOT NULL,
    sort_order   INTEGER NOT NULL,
    PRIMARY KEY (cluster_code, period, metric)
);

CREATE TABLE round (
    id          TEXT PRIMARY KEY,
    name_ja     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);

-- The clusters whose average every cluster is compared with by default.
CREATE TABLE round_cohort (
    round_id     TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    cluster_code TEXT NOT NULL REFERENCES cluster(code),
    PRIMARY KEY (round_id, cluster_code)
);

CREATE TABLE grade_level (
    round_id   TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    code       TEXT NOT NULL CHECK (code = upper(code)),
    value      REAL NOT NULL,
    wording_ja TEXT NOT NULL,
    wording_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (round_id, code)
);

CREATE TABLE axis (
    round_id   TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    name_ja    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    weight     REAL NOT NULL CHECK (weight >= 0),
    sort_order INTEGER NOT NULL,
    PRIMARY KEY (round_id, code)
);

-- The item tree of a round, any depth. kind: heading | graded | sub_item.
-- Graded items name their axis; sub-items (e.g. research themes) may belong to one cluster.
CREATE TABLE item (
    round_id     TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    parent_id    TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('heading', 'graded', 'sub_item')),
    axis_code    TEXT,
    cluster_code TEXT REFERENCES cluster(code),
    name_ja      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    desc_ja      TEXT NOT NULL DEFAULT '',
    desc_en      TEXT NOT NULL DEFAULT '',
    weight       REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    sort_order   INTEGER NOT NULL,
    PRIMARY KEY (round_id, id),
    FOREIGN KEY (round_id, parent_id) REFERENCES item(round_id, id),
    FOREIGN KEY (round_id, axis_code) REFERENCES axis(round_id, code),
    CHECK ((kind = 'graded') = (axis_code IS NOT NULL))
);

CREATE TABLE evaluator (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    affiliation TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- One evaluator's grading of one cluster in one round.
CREATE TABLE sheet (
    id           INTEGER PRIMARY KEY,
    round_id     TEXT NOT NULL REFERENCES round(id),
    evaluator_id TEXT NOT NULL REFERENCES evaluator(id),
    cluster_code TEXT NOT NULL REFERENCES cluster(code),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
    revision     INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
    comment      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (round_id, evaluator_id, cluster_code)
);

-- One row per item an evaluator touched: a grade (NULL = not graded), comment and indications.
CREATE TABLE grade (
    sheet_id   INTEGER NOT NULL REFERENCES sheet(id) ON DELETE CASCADE,
    round_id   TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    grade      TEXT,
    comment    TEXT NOT NULL DEFAULT '',
    indication TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sheet_id, item_id),
    FOREIGN KEY (round_id, item_id) REFERENCES item(round_id, id),
    FOREIGN KEY (round_id, grade) REFERENCES grade_level(round_id, code)
);
CREATE INDEX grade_by_round ON grade(round_id);

-- Every change to a grade, comment, indication, sheet comment or status: who, when, old, new.
CREATE TABLE audit (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    round_id     TEXT NOT NULL,
    evaluator_id TEXT NOT NULL,
    cluster_code TEXT NOT NULL,
    item_id      TEXT,
    field        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    source       TEXT NOT NULL
);
CREATE INDEX audit_by_sheet ON audit(round_id, evaluator_id, cluster_code);
