package jp.clustereval.ui.roster;

/**
 * One person's role in the round as the roster window lists it (the texts safe to show: names and
 * e-mail addresses come from other people's files). assigned and handedIn are "" where the role has
 * none (a chair); conflicts: the units this person declared a conflict of interest with, "" for none.
 */
public record RosterRow(String evaluatorId, String name, String affiliation, String role, String roleText, String email,
                        String assigned, String handedIn, String conflicts) {
}
