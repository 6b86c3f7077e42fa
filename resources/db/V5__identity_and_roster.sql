-- ClusterEval schema, version 5: one person is one evaluator; who may sign a round's weights.
-- After this script the Migrator brings every stored evaluator id to lower case (UUIDs are
-- case-insensitive), and refuses the whole migration, changing nothing, when two stored evaluators
-- differ only in the case of their ids (jp.clustereval.persistence.EvaluatorIds).

-- From now on an evaluator id is stored in lower case only (the ids of every other table refer to these).
-- (A trigger is one line here: the script is split into statements at a ';' that ends a line.)
CREATE TRIGGER evaluator_id_lower_insert BEFORE INSERT ON evaluator WHEN NEW.id <> lower(NEW.id) BEGIN SELECT RAISE(ABORT, 'evaluator ids are stored in lower case'); END;
CREATE TRIGGER evaluator_id_lower_update BEFORE UPDATE OF id ON evaluator WHEN NEW.id <> lower(NEW.id) BEGIN SELECT RAISE(ABORT, 'evaluator ids are stored in lower case'); END;

-- Who takes part in a round, in which role: evaluator (grades), weighting (sets the weights: the only
-- people whose signed weights files are accepted without an explicit decision), chair.
CREATE TABLE roster (
    round_id     TEXT NOT NULL REFERENCES round(id),
    evaluator_id TEXT NOT NULL REFERENCES evaluator(id),
    role         TEXT NOT NULL CHECK (role IN ('evaluator', 'weighting', 'chair')),
    email        TEXT NOT NULL DEFAULT '',
    added_at     TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    PRIMARY KEY (round_id, evaluator_id, role)
);

-- A weights file's signer by id, and the chair's explicit acceptance of a signer who is not (or not
-- with this key) in the round's weighting group: who accepted it and why.
ALTER TABLE weight_change ADD COLUMN signer_id TEXT;
ALTER TABLE weight_change ADD COLUMN accepted_by TEXT;
ALTER TABLE weight_change ADD COLUMN accept_reason TEXT;

-- The chair's acceptance of a score file whose evaluator name or affiliation differs from the stored
-- one: the evaluator's name and affiliation became the file's; the old ones, the file and why are kept.
CREATE TABLE evaluator_rename (
    id              INTEGER PRIMARY KEY,
    evaluator_id    TEXT NOT NULL REFERENCES evaluator(id),
    old_name        TEXT NOT NULL,
    old_affiliation TEXT NOT NULL,
    new_name        TEXT NOT NULL,
    new_affiliation TEXT NOT NULL,
    file_id         INTEGER REFERENCES imported_file(id),
    reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL
);
CREATE INDEX evaluator_rename_by_evaluator ON evaluator_rename(evaluator_id, id);
