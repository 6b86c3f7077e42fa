-- ClusterEval schema, version 7: several rounds in one database, each with its own units.
-- The round's scale, axes, item tree and cohort were per round from V1; what V7 adds is the kind of
-- the round, which clusters (units) it evaluates, and (app_meta 'current_round', set by 'round use')
-- which round commands and the desktop take when none is named. A database migrated from V6 has one
-- round that evaluates every cluster it holds, so it works as before.

ALTER TABLE round ADD COLUMN kind TEXT NOT NULL DEFAULT 'mid-term' CHECK (kind IN ('mid-term', 'final', 'other'));

-- The units (clusters, City Areas ...) a round evaluates, in the round's order. The cluster rows are
-- shared by every round that evaluates the same unit (a sheet names its cluster by code).
CREATE TABLE round_unit (
    round_id     TEXT NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    cluster_code TEXT NOT NULL REFERENCES cluster(code),
    sort_order   INTEGER NOT NULL,
    PRIMARY KEY (round_id, cluster_code)
);

-- Every round stored so far evaluated every cluster of the database, in the order the cluster list showed them.
INSERT INTO round_unit(round_id, cluster_code, sort_order)
    SELECT r.id, c.code, row_number() OVER (PARTITION BY r.id ORDER BY c.start_fy, c.rowid) - 1
    FROM round r CROSS JOIN cluster c;

-- Who made a round, and every later change of the rounds (made, made current, and from then on roster
-- and assignment changes): when, who, what, on which round, with a detail (JSON) and why when given.
ALTER TABLE round ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
CREATE TABLE round_audit (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    round_id TEXT NOT NULL,
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT '',
    reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX round_audit_by_round ON round_audit(round_id, id);

-- Which units each evaluator of a round grades. A round without any row here lets every evaluator grade
-- every unit (as every round before V7); once it has rows, grading an unassigned unit is refused.
-- A declared conflict of interest removes the assignment (recorded in round_audit).
CREATE TABLE assignment (
    round_id     TEXT NOT NULL,
    evaluator_id TEXT NOT NULL REFERENCES evaluator(id),
    cluster_code TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    PRIMARY KEY (round_id, evaluator_id, cluster_code),
    FOREIGN KEY (round_id, cluster_code) REFERENCES round_unit(round_id, cluster_code)
);
