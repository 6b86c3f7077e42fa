package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.demo.SyntheticRound;
import jp.clustereval.service.ImportOptions;
import jp.clustereval.service.ImportPreview;
import jp.clustereval.service.ImportProgress;
import jp.clustereval.service.Services;

/** A round's comments with the chair's tags, read in a fixed number of statements however many there are. */
class CommentDaoTest {

    @TempDir
    Path dir;

    /** The real connection, counting the statements prepared on it. */
    private static Connection counting(Connection real, AtomicInteger prepared) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        prepared.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void everyCommentCarriesItsTagsInTagOrderFromTwoStatements() {
        SyntheticRound round = new SyntheticRound(7, 18, 6, 6);
        Path db = dir.resolve("chair.db");
        List<String> codes = round.createChairDatabase(db);
        round.writeFiles(dir, codes, SyntheticRound.loadRound(db), f -> { });
        try (Services s = new Services(Database.open(db), dir.resolve("keys"))) {
            ImportPreview p = s.imports().preview(List.of(dir), ImportOptions.defaults());
            s.imports().commit(p, ImportProgress.none(), () -> false);
        }
        try (Database d = Database.open(db)) {
            List<CommentDao.Row> before = d.query(c -> new CommentDao(c).ofRound(SyntheticRound.ROUND_ID));
            assertTrue(before.size() > 200, "a round with many comments: " + before.size());
            CommentDao.Row first = before.get(0);
            CommentDao.Row last = before.get(before.size() - 1);
            d.inTransaction(c -> {
                CommentDao dao = new CommentDao(c);
                dao.tag(SyntheticRound.ROUND_ID, first.evaluatorId(), first.clusterCode(), first.itemId(), first.field(),
                        "wide-area", Instant.EPOCH, "chair");
                dao.tag(SyntheticRound.ROUND_ID, first.evaluatorId(), first.clusterCode(), first.itemId(), first.field(),
                        "ip", Instant.EPOCH, "chair");
                return dao.tag(SyntheticRound.ROUND_ID, last.evaluatorId(), last.clusterCode(), last.itemId(), last.field(),
                        "people", Instant.EPOCH, "chair");
            });
            AtomicInteger prepared = new AtomicInteger();
            List<CommentDao.Row> rows = d.query(c -> new CommentDao(counting(c, prepared)).ofRound(SyntheticRound.ROUND_ID));
            assertEquals(2, prepared.get(), "the comments and all their tags, not a query per comment");
            assertEquals(before.size(), rows.size());
            assertEquals(List.of("ip", "wide-area"), List.copyOf(rows.get(0).tags()));
            assertEquals(Set.of("people"), rows.get(rows.size() - 1).tags());
            assertEquals(before.size() - 2, rows.stream().filter(r -> r.tags().isEmpty()).count());
            for (int i = 0; i < rows.size(); i++) {
                CommentDao.Row a = before.get(i);
                CommentDao.Row b = rows.get(i);
                assertEquals(List.of(a.evaluatorId(), a.clusterCode(), a.itemId(), a.field(), a.text()),
                        List.of(b.evaluatorId(), b.clusterCode(), b.itemId(), b.field(), b.text()));
            }
        }
    }
}
