package jp.clustereval.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * View models over a real database file without the JavaFX toolkit: results are delivered on the
 * worker thread, failures collected instead of shown.
 */
final class VmFixture implements AutoCloseable {

    final List<Throwable> reported = new CopyOnWriteArrayList<>();
    final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, reported::add);
    final AppState app;
    final Session session;

    VmFixture(Path file, Language language) {
        app = new AppState(language);
        session = Session.open(file).session();
        app.sessionProperty().set(session);
    }

    /**
     * The application's view models over this database, made as the application makes them
     * ({@link ViewModels}); settings in memory only.
     */
    ViewModels viewModels(Duration textSaveDelay) {
        return new ViewModels(app, tasks, new AppConfig(session.file(), app.language(), textSaveDelay));
    }

    Evaluator createEvaluator(String name) {
        Evaluator e = session.services().evaluators().createLocal(name, "Test University");
        app.evaluatorProperty().set(e);
        return e;
    }

    /** Waits until every submitted task (delayed text saves included) has run and delivered. */
    void awaitIdle() {
        await(() -> !tasks.isBusy(), "background work to finish");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            tasks.shutdown(Duration.ofSeconds(10));
        } catch (InterruptedException e) { // the test is being stopped: close the database anyway
            Thread.currentThread().interrupt();
        }
        session.close();
    }
}
