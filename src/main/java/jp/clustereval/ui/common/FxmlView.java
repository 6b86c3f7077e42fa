package jp.clustereval.ui.common;

import java.net.URL;

/**
 * Every FXML view of the application ({@code resources/fxml}), named once: code loads a view by its
 * constant, never by a file name. The views marked "included" are also part of another view
 * through {@code fx:include} (the only place a file name is written, checked by {@link ViewCheck}).
 */
public enum FxmlView {
    /** The evaluator's main window: menus, status bar, and the panes below. */
    MAIN("main"),
    /** "Who are you": the first page on a database without its evaluator. */
    WELCOME("welcome"),
    /** The cluster list (included in the main window). */
    CLUSTER_LIST("cluster-list"),
    /** The sheet of grades and comments (a pane of the main window, built after its first frame). */
    SHEET("sheet"),
    /** A cluster's achievements (a pane of the main window). */
    EVIDENCE("evidence"),
    /** The live radar beside the sheet (a pane of the main window). */
    LIVE_RADAR("live-radar"),
    /** The radar window: one cluster, or the cohort's small multiples. */
    RADAR("radar"),
    /** The chair's import window. */
    IMPORT("import"),
    /** The chair's window of open conflicts. */
    CONFLICTS("conflicts"),
    /** The chair's completeness matrix with the conflicts of interest. */
    COMPLETENESS("completeness"),
    /** Panel &gt; Who is missing: the round's evaluators who owe grades, their CSV and reminder texts. */
    MISSING("missing"),
    /** The pinned signing keys. */
    KEYS("keys"),
    /** Help &gt; About. */
    ABOUT("about"),
    /** The chair's results window: the six tabs below. */
    PANEL_RESULTS("panel-results"),
    /** The weighting group's weights (included in the results window). */
    WEIGHTS("weights"),
    /** The results and their ranking (included in the results window). */
    RESULTS("results"),
    /** Calibration and outliers (included in the results window). */
    CALIBRATION("calibration"),
    /** Sensitivity of the ranking (included in the results window). */
    SENSITIVITY("sensitivity"),
    /** The subsidy allocation (included in the results window). */
    ALLOCATION("allocation"),
    /** The comments per cluster (included in the results window). */
    COMMENTS("comments"),
    /** View &gt; Overview: my grades across every cluster, with their comments. */
    OVERVIEW("overview"),
    /** Round &gt; Roster: who takes part in the current round, in which role. */
    ROSTER("roster"),
    /** Round &gt; Assignments: the grid of rostered evaluators and the round's units. */
    ASSIGNMENTS("assignments"),
    /** File &gt; Switch round: the rounds of the database, one made current. */
    SWITCH_ROUND("switch-round"),
    /** File &gt; New round: a round made from another, a definition file or the seeded definition. */
    NEW_ROUND("new-round"),
    /** Round &gt; Edit definition: the current round's item tree, axes, grade scale and cohort. */
    ROUND_EDITOR("round-editor"),
    /** File &gt; Open round package: a package from the secretariat, and who of its roster I am. */
    ROUND_PACKAGE("round-package"),
    /** Panel &gt; Meeting mode: one unit at a time, full screen, with the chair's note and the consensus comment. */
    MEETING("meeting");

    private final String file;

    FxmlView(String name) {
        this.file = name + ".fxml";
    }

    /** The file's name in {@code resources/fxml}, as an {@code fx:include} names it. */
    public String file() {
        return file;
    }

    /** The file on the class path; null when it is missing (a damaged installation). */
    public URL url() {
        return FxmlView.class.getResource("/fxml/" + file);
    }
}
