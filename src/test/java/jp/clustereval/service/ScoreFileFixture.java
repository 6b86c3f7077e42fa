package jp.clustereval.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;

/** An evaluator's own database and keys in a temp folder, grading and exporting like the application. */
final class ScoreFileFixture implements AutoCloseable {

    static final List<String> ITEMS = List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4");

    final Services services;
    final Evaluator evaluator;
    final Round round;

    ScoreFileFixture(Path dir, String name) {
        services = Services.open(dir.resolve(name + ".db"), false, dir.resolve(name + "-keys"));
        evaluator = services.evaluators().createLocal(name, "大学");
        round = services.rounds().current();
    }

    /** Grades every item of the cluster with one grade, except the overrides given. */
    ScoreFileFixture gradeAll(String cluster, String grade, Map<String, String> overrides) {
        for (String item : ITEMS) {
            grade(cluster, item, overrides.getOrDefault(item, grade));
        }
        return this;
    }

    ScoreFileFixture grade(String cluster, String item, String grade) {
        services.grading().setGrade(new SheetKey(round.id(), evaluator.id(), cluster), item, grade, "test");
        return this;
    }

    ScoreFileFixture comment(String cluster, String item, String text) {
        services.grading().setItemText(new SheetKey(round.id(), evaluator.id(), cluster), item, ItemTextField.COMMENT, text, "test");
        return this;
    }

    Path export(Path file) {
        services.exporter().export(evaluator.id(), null, file);
        return file;
    }

    @Override
    public void close() {
        services.close();
    }
}
