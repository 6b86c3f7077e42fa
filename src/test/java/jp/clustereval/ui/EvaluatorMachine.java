package jp.clustereval.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * An evaluator's own machine in a temp folder: database and signing keys, grading and exporting
 * signed score files like the application does.
 */
final class EvaluatorMachine implements AutoCloseable {

    static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    final Path dir;
    final String name;
    Services services;
    final Evaluator evaluator;
    final Round round;

    EvaluatorMachine(Path dir, String name) {
        this.dir = dir;
        this.name = name;
        services = Services.open(dir.resolve(name + ".db"), false, dir.resolve(name + "-keys"));
        evaluator = services.evaluators().createLocal(name, "大学");
        round = services.rounds().current();
    }

    /** Grades the first n items of the cluster with one grade. */
    EvaluatorMachine grade(String cluster, String grade, int n) {
        for (String item : ITEMS.subList(0, n)) {
            grade(cluster, item, grade);
        }
        return this;
    }

    EvaluatorMachine grade(String cluster, String item, String grade) {
        services.grading().setGrade(new SheetKey(round.id(), evaluator.id(), cluster), item, grade, "test");
        return this;
    }

    Path export(Path file) {
        services.exporter().export(evaluator.id(), null, file);
        return file;
    }

    /** The same evaluator on another machine (another key): files signed by it do not match the pinned key. */
    Path exportWithAnotherKey(Path file) throws IOException {
        services.close();
        Files.copy(dir.resolve(name + ".db"), dir.resolve(name + "-laptop.db"));
        try (Services laptop = Services.open(dir.resolve(name + "-laptop.db"), false, dir.resolve(name + "-laptop-keys"))) {
            laptop.exporter().export(evaluator.id(), null, file);
        } finally {
            services = Services.open(dir.resolve(name + ".db"), false, dir.resolve(name + "-keys"));
        }
        return file;
    }

    /**
     * Two files at the same sheet revision with different grades of item 4 (the evaluator edited two
     * copies of the database): importing both makes a conflict. Returns {first, second}.
     */
    Path[] conflictingExports(String cluster, Path first, Path second) throws IOException {
        services.close();
        Files.copy(dir.resolve(name + ".db"), dir.resolve(name + "-copy.db"));
        try (Services a = Services.open(dir.resolve(name + ".db"), false, dir.resolve(name + "-keys"));
             Services b = Services.open(dir.resolve(name + "-copy.db"), false, dir.resolve(name + "-keys"))) {
            SheetKey key = new SheetKey(round.id(), evaluator.id(), cluster);
            a.grading().setGrade(key, "4", "S", "test");
            b.grading().setGrade(key, "4", "C", "test");
            a.exporter().export(evaluator.id(), null, first);
            b.exporter().export(evaluator.id(), null, second);
        } finally {
            services = Services.open(dir.resolve(name + ".db"), false, dir.resolve(name + "-keys"));
        }
        return new Path[] {first, second};
    }

    @Override
    public void close() {
        services.close();
    }
}
