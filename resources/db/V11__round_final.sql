-- ClusterEval schema, version 11: a round the panel has finalised.
-- While a round has a row here, nothing that changes its figures is stored (grades, imports, weights,
-- conflicts of interest, conflict decisions, allocation settings, its definition, roster, assignments
-- and evidence): service.RoundGuard refuses it. 'round finalise' adds the row, 'round reopen' removes
-- it; both are recorded in round_audit (finalise, reopen with its reason).
CREATE TABLE round_final (
    round_id     TEXT PRIMARY KEY REFERENCES round(id),
    finalised_at TEXT NOT NULL,
    finalised_by TEXT NOT NULL REFERENCES evaluator(id)
);

-- The AHP judgements behind a weight change set by AHP (source 'ahp'): the pairwise matrix as JSON
-- rows of numbers, in axis order, so that the decision record shows the matrix with its CR. NULL for
-- other changes and for AHP changes stored before this version (their matrix was not kept).
ALTER TABLE weight_change ADD COLUMN ahp_matrix TEXT;
