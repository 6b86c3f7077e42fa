-- ClusterEval schema, version 4: per-sheet scores kept beside the grades, so that results read one
-- row per sheet instead of every grade (a national round: 500,000 rows instead of 4.5 M).
-- Derived data: the application writes a sheet's row in the same transaction as every change of its
-- grades and recomputes a round's rows when its item weights change; after this script the Migrator
-- computes the rows of the grades already stored (jp.clustereval.persistence.SheetScores).

-- One row per sheet with at least one grade: how many grades it has, and its axis scores as the
-- domain's SheetScorer computes them: one 8-byte IEEE 754 double per axis of the round, big-endian,
-- in the round's axis order (axis.sort_order), NaN for an axis with no graded item. Keyed by round,
-- cluster and evaluator, so that a round's rows are read in the order results sum them (each
-- cluster's evaluators together) without touching the sheet table or sorting.
CREATE TABLE sheet_score (
    round_id     TEXT NOT NULL,
    cluster_code TEXT NOT NULL,
    evaluator_id TEXT NOT NULL,
    graded       INTEGER NOT NULL CHECK (graded > 0),
    axis_scores  BLOB NOT NULL,
    PRIMARY KEY (round_id, cluster_code, evaluator_id),
    FOREIGN KEY (round_id, evaluator_id, cluster_code) REFERENCES sheet(round_id, evaluator_id, cluster_code)
        ON DELETE CASCADE
) WITHOUT ROWID;

-- Per round, the fingerprint (SHA-256) of the scale values, axis order and item tree with weights
-- that the round's sheet_score rows were computed with (SheetScorer.basis).
CREATE TABLE sheet_score_basis (
    round_id TEXT PRIMARY KEY REFERENCES round(id),
    basis    TEXT NOT NULL
);
