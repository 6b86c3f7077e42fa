package jp.clustereval.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundKind;

/**
 * A secretariat's database with the round final-fy2006 (a copy of the seeded round): a chair, two
 * evaluators (Hanako on SAP and SEN, Taro on FUK), a weighting member, changed weights; and the
 * package it writes.
 */
public final class RoundPackageFixture implements AutoCloseable {

    public static final String ROUND = "final-fy2006";

    public final Path dir;
    public Services chair;
    public Evaluator sato;
    public Evaluator hanako;
    public Evaluator taro;
    public Evaluator jiro;

    public RoundPackageFixture(Path dir) {
        this.dir = dir;
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
        chair.roundSetup().create(new RoundSetupService.NewRound(ROUND, new LocalizedText("終了評価 FY2006",
                "Final evaluation FY2006"), RoundKind.FINAL, "mid-fy2004", null, null, null), "test");
        sato = chair.evaluators().add("佐藤 委員長", "事務局");
        hanako = chair.evaluators().add("山田 花子", "北海道大学");
        taro = chair.evaluators().add("鈴木 太郎", "九州大学");
        jiro = chair.evaluators().add("田中 次郎", "");
        chair.roster().add(ROUND, sato.id(), "chair", "sato@example.jp", "test");
        chair.roster().add(ROUND, hanako.id(), "evaluator", "hanako@example.jp", "test");
        chair.roster().add(ROUND, taro.id(), "evaluator", null, "test");
        chair.roster().add(ROUND, jiro.id(), "weighting", null, "test");
        chair.assignments().assign(ROUND, hanako.id(), List.of("SAP", "SEN"), false, "test");
        chair.assignments().assign(ROUND, taro.id(), List.of("FUK"), false, "test");
        chair.weights().set(ROUND, Map.of("A", 30.0, "B", 20.0, "C", 20.0, "D", 15.0, "E", 15.0), null, "test");
    }

    /** The round's package, signed by the chair with the key of the given folder (the chair's own by default). */
    public Path write(String name) {
        Path out = dir.resolve(name);
        chair.roundPackages().write(ROUND, sato.name(), out, "test");
        return out;
    }

    /** The chair's database opened with another keys folder: the same chair, another key. */
    public void reopenWithKeys(String keysFolder) {
        chair.close();
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve(keysFolder));
    }

    Services evaluatorDb(String name) {
        return Services.open(dir.resolve(name + ".db"), false, dir.resolve(name + "-keys"));
    }

    @Override
    public void close() {
        chair.close();
    }
}
