package jp.clustereval.scorefile;

import jp.clustereval.common.UserFacingException;

/** Why a score file (or a CSV sheet) is refused: one message key of i18n/errors per kind of defect. */
public final class ScoreFileException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public ScoreFileException(String key, Object... args) {
        super(key, args);
    }

    public ScoreFileException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
