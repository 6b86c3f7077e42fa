-- ClusterEval schema, version 9: evidence per round.
-- The reported achievements evaluators grade against (papers, patents, ... per period) belong to a
-- round: the final evaluation (FY2006) reports other periods than the mid-term round, and a City
-- Area round has its own figures. Before this script they were one table per cluster (achievement).

-- A unit's figures in a round: one row per (period, metric), the metrics of a period in report order.
-- The foreign key is checked when the transaction commits, so that a round's units can be redefined
-- (deleted and inserted again) in one transaction; RoundDao.replaceDefinition removes the evidence of
-- units the round no longer evaluates.
CREATE TABLE round_evidence (
    round_id     TEXT NOT NULL,
    cluster_code TEXT NOT NULL,
    period       TEXT NOT NULL,
    metric       TEXT NOT NULL,
    value        INTEGER NOT NULL CHECK (value >= 0),
    sort_order   INTEGER NOT NULL,
    PRIMARY KEY (round_id, cluster_code, period, metric),
    FOREIGN KEY (round_id, cluster_code) REFERENCES round_unit(round_id, cluster_code) DEFERRABLE INITIALLY DEFERRED
);

-- Every stored round shows the figures its units had: each row copied to every round that evaluates its cluster.
INSERT INTO round_evidence(round_id, cluster_code, period, metric, value, sort_order)
    SELECT u.round_id, a.cluster_code, a.period, a.metric, a.value, a.sort_order
    FROM achievement a JOIN round_unit u ON u.cluster_code = a.cluster_code;

DROP TABLE achievement;
