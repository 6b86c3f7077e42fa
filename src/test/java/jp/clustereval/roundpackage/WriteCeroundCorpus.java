package jp.clustereval.roundpackage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Cluster;
import jp.clustereval.service.Services;

/** Regenerates the round-package corpus (not a test: run on purpose with -Dtest=WriteCeroundCorpus -Dceround.corpus.write=true). */
class WriteCeroundCorpus {

    static CeroundCorpusGenerator generator(Services s) {
        String round = s.rounds().currentId();
        List<Achievements> evidence = new ArrayList<>();
        for (Cluster u : s.clusters().ofRound(round)) {
            evidence.addAll(s.evidence().ofRound(round, u.code()));
        }
        return new CeroundCorpusGenerator(s.roundSetup().definitionFile(round), evidence);
    }

    @Test
    @EnabledIfSystemProperty(named = "ceround.corpus.write", matches = "true")
    void writeCorpus(@TempDir Path tmp) throws Exception {
        try (Services s = Services.open(tmp.resolve("gen.db"), false, tmp.resolve("keys"))) {
            CeroundCorpusGenerator g = generator(s);
            g.build();
            g.write(Path.of("src/test/resources/ceround-corpus"));
        }
    }
}
