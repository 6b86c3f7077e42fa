package jp.clustereval.domain;

/**
 * One line of the round list: the round's identity, its state (whether its grading definition is
 * still open to change), how many units it evaluates, how many form its cohort, and whether it is
 * the current round (the one commands and the desktop take when none is named).
 */
public record RoundSummary(String id, LocalizedText name, RoundKind kind, RoundState state, int units, int cohort,
                           boolean current) {
}
