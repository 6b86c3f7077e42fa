package jp.clustereval.ui.rounds;

/**
 * One line of the round list as the switch-round dialog shows it: the texts are ready to show (in
 * the UI language, made safe), the id is what choosing it uses.
 */
public record RoundRow(String id, String name, String kind, String state, int units, int cohort, boolean current,
                       String currentText) {
}
