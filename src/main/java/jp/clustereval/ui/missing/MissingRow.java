package jp.clustereval.ui.missing;

/**
 * One missing evaluator as the window lists them, every text safe to show (names, affiliations and
 * e-mail addresses come from other people's files): state in words, unit codes separated by a space.
 */
public record MissingRow(String evaluatorId, String name, String affiliation, String email, String stateText,
                         String missingUnits, String partialUnits) {
}
