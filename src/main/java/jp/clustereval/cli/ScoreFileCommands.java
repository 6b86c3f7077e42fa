package jp.clustereval.cli;

import java.nio.file.Path;

import jp.clustereval.service.Services;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers of the score file commands. */
final class ScoreFileCommands {

    /** Recorded as who made a chair's decision (imports, resolutions, key and COI changes) from the command line. */
    static final String ACTOR = "cli:" + System.getProperty("user.name", "chair");

    private ScoreFileCommands() {
    }

    /** The services, with the signing keys in keysDir when given (else the user's data directory). */
    static Services open(CommandSpec spec, Path keysDir) {
        RootCommand root = Commands.root(spec);
        return keysDir == null ? root.openServices() : root.openServices(keysDir);
    }
}
