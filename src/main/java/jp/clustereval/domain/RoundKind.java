package jp.clustereval.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a round evaluates: a mid-term evaluation (中間評価), a final evaluation (終了評価), or another. */
public enum RoundKind {
    MID_TERM("mid-term"), FINAL("final"), OTHER("other");

    private final String code;

    RoundKind(String code) {
        this.code = code;
    }

    /** How files, the database and the command line write it. */
    public String code() {
        return code;
    }

    public static Optional<RoundKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
