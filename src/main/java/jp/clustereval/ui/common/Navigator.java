package jp.clustereval.ui.common;

/** What controllers may ask of the application shell: windows and leaving. */
public interface Navigator {

    /** Opens (or brings forward) the radar window; grid = the cohort's small multiples. */
    void showRadar(boolean grid);

    void showAbout();

    /** Saves what is pending and closes the application. */
    void quit();
}
