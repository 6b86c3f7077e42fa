-- ClusterEval schema, version 10: the panel meeting's notes per unit.
-- When the panel meets it discusses the round's units one by one; the chair keeps, per unit, a
-- discussion note (for the decision record) and the panel's consensus comment (printed in the
-- unit's feedback report). Both are free text, stored as typed (as evaluators' comments are) and
-- escaped wherever they are shown. Every change is also a round_audit row ('unit-note' or
-- 'unit-consensus') holding the old and the new text, so the history is kept while this table holds
-- the current text.

-- The current note and consensus comment of a unit of a round ('' when not written).
-- The foreign key is checked when the transaction commits, so that a round's units can be redefined
-- (deleted and inserted again) in one transaction; RoundDao.replaceDefinition removes the notes of
-- units the round no longer evaluates.
CREATE TABLE unit_note (
    round_id     TEXT NOT NULL,
    cluster_code TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    consensus    TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    PRIMARY KEY (round_id, cluster_code),
    FOREIGN KEY (round_id, cluster_code) REFERENCES round_unit(round_id, cluster_code) DEFERRABLE INITIALLY DEFERRED
);
