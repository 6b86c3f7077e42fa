package jp.clustereval.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Helpers every command shares. */
final class Commands {

    private Commands() {
    }

    static RootCommand root(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
