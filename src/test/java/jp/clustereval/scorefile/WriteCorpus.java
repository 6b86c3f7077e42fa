package jp.clustereval.scorefile;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.service.Services;

/** Regenerates the corpus (not a test: run on purpose with -Dtest=WriteCorpus -Dcescore.corpus.write=true). */
class WriteCorpus {

    @Test
    @EnabledIfSystemProperty(named = "cescore.corpus.write", matches = "true")
    void writeCorpus(@TempDir Path tmp) throws Exception {
        try (Services s = Services.open(tmp.resolve("gen.db"), false, tmp.resolve("keys"))) {
            CorpusGenerator g = new CorpusGenerator(s.rounds().current());
            g.build();
            g.write(Path.of("src/test/resources/cescore-corpus"));
        }
    }
}
