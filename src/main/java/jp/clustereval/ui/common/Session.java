package jp.clustereval.ui.common;

import java.nio.file.Path;
import java.util.Optional;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.Services;

/**
 * One open database as the GUI uses it: its services, the round being graded and the file. Opened
 * and closed on the worker thread only.
 */
public record Session(Services services, Round round, Path file, boolean readOnly) {

    /** Opens the database (creating and seeding a new file) and reads its current round. */
    public static Opened open(Path file) {
        Services services = Services.open(file, false);
        try {
            Round round = services.rounds().current();
            Session session = new Session(services, round, services.database().file(),
                    services.database().isReadOnly());
            return new Opened(session, services.evaluators().local());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public void close() {
        services.close();
    }

    /** A just-opened session and the evaluator who uses it on this machine, if set up. */
    public record Opened(Session session, Optional<Evaluator> localEvaluator) {
    }
}
