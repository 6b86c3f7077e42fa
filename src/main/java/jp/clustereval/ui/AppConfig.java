package jp.clustereval.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import jp.clustereval.domain.Language;
import jp.clustereval.service.Settings;

/**
 * How the application starts: which database, which language, how long typed text waits before it
 * is saved, where the user's settings are kept (null: not kept, as in most tests), and those
 * settings as read at start (null: read from the file when the shell needs them), so that a start
 * reads the file once, before the toolkit, and never on the FX thread.
 */
public record AppConfig(Path database, Language language, Duration textSaveDelay, Path settingsFile, Settings settings) {

    /**
     * Typed text is saved this long after the last keystroke (a pause in typing), at once when its
     * box loses focus or the window closes, and while typing goes on without such a pause at least
     * once a second (sheet.TextSaver). The README states the measured figure (last keystroke to
     * on disk), and TextAutosaveKillTest kills the application that long after typing.
     */
    public static final Duration DEFAULT_TEXT_SAVE_DELAY = Duration.ofMillis(250);

    public AppConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(textSaveDelay, "textSaveDelay");
    }

    public AppConfig(Path database, Language language, Duration textSaveDelay, Path settingsFile) {
        this(database, language, textSaveDelay, settingsFile, null);
    }

    public AppConfig(Path database, Language language, Duration textSaveDelay) {
        this(database, language, textSaveDelay, null);
    }

    public AppConfig(Path database, Language language) {
        this(database, language, DEFAULT_TEXT_SAVE_DELAY);
    }
}
