package jp.clustereval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.clustereval.domain.Language;
import jp.clustereval.roundpackage.RoundPackage;
import jp.clustereval.scorefile.ScoreFile;

/**
 * The desktop's own arguments ({@code [--db PATH] [--lang ja|en] [FILE.cescore|FILE.ceround...]}), recognised
 * without picocli: building picocli's model of every command costs about 0.3 s of start-up, and
 * the desktop needs none of it. Anything else (a command, help, a typo, a missing file) is not
 * recognised here and goes to picocli, which parses it fully and reports errors; so this class
 * never decides that an argument is wrong, only that it is the plain desktop case.
 */
public record DesktopArgs(Path database, Language language, List<Path> files) {

    /** The desktop case, or empty when the arguments need the full command line. */
    public static Optional<DesktopArgs> parse(String[] args) {
        Path database = null;
        Language language = null;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                String name = a;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (name.equals("--db") || name.equals("--lang")) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return Optional.empty();
                        }
                        value = args[++i];
                    }
                    if (database != null && name.equals("--db") || language != null && name.equals("--lang")) {
                        return Optional.empty(); // given twice: picocli's message
                    }
                    if (name.equals("--db")) {
                        database = Path.of(value);
                    } else {
                        language = Language.parse(value);
                    }
                } else if (isScoreFile(a)) {
                    files.add(Path.of(a));
                } else {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return Optional.empty();
        }
        return Optional.of(new DesktopArgs(database, language, List.copyOf(files)));
    }

    /** A positional argument the desktop opens: an existing file ending in .cescore or .ceround (a round package). */
    static boolean isScoreFile(String arg) {
        return !arg.startsWith("-") && (ScoreFile.hasExtension(arg) || RoundPackage.hasExtension(arg))
                && Files.isRegularFile(Path.of(arg));
    }

    /**
     * Opens the desktop application; returns when its last window is closed: {@link Cli#FAILURE}
     * when it could not start (it has said why, on stderr and in a dialog), else {@link Cli#OK}.
     *
     * @param settingsOrNull the settings file as already read (null: the launcher reads it)
     */
    public int launch(jp.clustereval.service.Settings settingsOrNull) {
        jp.clustereval.ui.GuiLauncher.launch(database, language, files, settingsOrNull);
        return jp.clustereval.ui.GuiLauncher.startFailed() ? Cli.FAILURE : Cli.OK;
    }
}
