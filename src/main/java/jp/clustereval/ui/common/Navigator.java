package jp.clustereval.ui.common;

/** What controllers may ask of the application shell: windows and leaving. */
public interface Navigator {

    /** Opens (or brings forward) the radar window; grid = the cohort's small multiples. */
    void showRadar(boolean grid);

    void showAbout();

    /** Opens (or brings forward) the overview of my grades across every cluster. */
    void showOverview();

    /** Opens (or brings forward) Help &gt; Keyboard, the list of every shortcut. */
    void showKeyboard();

    /** Opens the import window; the files or folders given (may be none) are previewed at once. */
    void showImport(java.util.List<java.nio.file.Path> filesOrFolders);

    /** Opens the chair's window of open conflicts. */
    void showConflicts();

    /** Opens the chair's completeness matrix (with the conflicts of interest). */
    void showCompleteness();

    /** Opens Panel &gt; Who is missing: the round's evaluators who owe grades. */
    void showMissing();

    /** Opens the list of pinned signing keys. */
    void showKeys();

    /** Opens the chair's results window (weights = the weighting group's tab, else the results). */
    void showResults(boolean weights);

    /** Opens Round &gt; Roster: the current round's roster. */
    void showRoster();

    /** Opens Round &gt; Assignments: the grid of rostered evaluators and the round's units. */
    void showAssignments();
    /** File &gt; Switch round: the dialog listing the rounds of the open database. */
    void showSwitchRound();

    /** File &gt; New round: the form making a new round. */
    void showNewRound();

    /** Round &gt; Edit definition: the editor of the current round's definition. */
    void showRoundEditor();

    /** Round &gt; Hand out as round package: the current round written as a signed .ceround where the user chooses. */
    void writeRoundPackage();

    /**
     * File &gt; Open round package: the package (null: asked for with a file chooser) is read and
     * shown, to be opened as a person of its roster. Needs an open database, not an evaluator.
     */
    void openRoundPackage(java.nio.file.Path file);

    /** Panel &gt; Meeting mode: the round's units one at a time, full screen. */
    void showMeeting();

    /** Saves what is pending and closes the application. */
    void quit();
}
