package jp.clustereval;

import jp.clustereval.cli.Cli;

/**
 * The jar's entry point. A plain class on purpose: a main class that extends
 * javafx.application.Application fails on the class path ("JavaFX runtime components are missing").
 * Without a command it opens the GUI; with one it runs headless.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // exit explicitly: after the GUI closes, background executor threads must not keep the JVM alive
        System.exit(Cli.execute(args, System.out, System.err));
    }
}
