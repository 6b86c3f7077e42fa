package jp.clustereval.ui.rounds;

import jp.clustereval.AppInfo;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;

/**
 * The main window's title: the application and the round it shows, by name in the UI language and
 * by id ("ClusterEval — 2004年度中間評価 (mid-fy2004)"), so that a user with several rounds in one
 * database always sees which one they grade.
 */
public final class RoundTitle {

    private RoundTitle() {
    }

    /** The title for the round (null: no database open yet, the application's name alone). */
    public static String of(Round round, Language language) {
        if (round == null) {
            return AppInfo.NAME;
        }
        // the name may come from a definition file someone else wrote: one line, nothing hidden
        return AppInfo.NAME + " — " + SafeText.line(round.name().in(language)) + " (" + round.id() + ")";
    }

    /** The title with the round's finality after it (finalMark, e.g. "[final]", null while the round is open). */
    public static String of(Round round, Language language, String finalMark) {
        return round == null || finalMark == null ? of(round, language) : of(round, language) + " " + finalMark;
    }
}
