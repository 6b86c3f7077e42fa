package jp.clustereval.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import jp.clustereval.domain.Language;

/**
 * How the application starts: which database, which language, how long typed text waits before it
 * is saved.
 */
public record AppConfig(Path database, Language language, Duration textSaveDelay) {

    /** Typed comments reach the disk this long after the last keystroke (well within a second). */
    public static final Duration DEFAULT_TEXT_SAVE_DELAY = Duration.ofMillis(400);

    public AppConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(textSaveDelay, "textSaveDelay");
    }

    public AppConfig(Path database, Language language) {
        this(database, language, DEFAULT_TEXT_SAVE_DELAY);
    }
}
