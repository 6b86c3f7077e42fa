package jp.clustereval.scorefile;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.service.Services;

/**
 * Regenerates the identity corpus (not a test: run on purpose with
 * {@code -Dtest=WriteIdentityCorpus -Dcescore.identity.write=true}).
 */
class WriteIdentityCorpus {

    @Test
    @EnabledIfSystemProperty(named = "cescore.identity.write", matches = "true")
    void writeCorpus(@TempDir Path tmp) throws Exception {
        try (Services s = Services.open(tmp.resolve("gen.db"), false, tmp.resolve("keys"))) {
            IdentityCorpusGenerator g = new IdentityCorpusGenerator(s.rounds().current());
            g.build();
            g.write(IdentityCorpusTest.CORPUS);
        }
    }
}
