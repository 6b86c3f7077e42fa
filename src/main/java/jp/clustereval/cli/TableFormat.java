package jp.clustereval.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} option of every command that prints a table (a picocli mixin), and the
 * printing of that table to the command's output in the chosen format.
 */
final class TableFormat {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    /** Prints the table to the command's standard output. */
    void print(Tabular table) {
        table.print(command.commandLine().getOut(), format);
    }

    /** True for the human-readable table (where notes may follow the rows). */
    boolean isTable() {
        return format == OutputFormat.TABLE;
    }
}
