-- ClusterEval schema, version 6: whether each sheet is complete, kept beside its axis scores.
-- Only complete sheets (every graded item of the cluster has a grade, docs/scoring.md) count for a
-- cluster's total and rank, and results read sheet_score instead of the grades. Derived data: after
-- this script the Migrator recomputes every row from the grades (jp.clustereval.persistence.SheetScores).
ALTER TABLE sheet_score ADD COLUMN complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1));
