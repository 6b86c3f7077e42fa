package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the grade wordings may wrap: between phrases, and a phrase joined to its neighbours is the text. */
class PhraseLabelTest {

    @Test
    void theGradeWordingsAreCutIntoPhrases() {
        assertEquals(List.of("計画を", "大きく", "上回って", "進捗している"), PhraseLabel.phrases("計画を大きく上回って進捗している"));
        assertEquals(List.of("計画どおり", "進捗している"), PhraseLabel.phrases("計画どおり進捗している"));
        assertEquals(List.of("Clearly ", "exceeded ", "the ", "plan"), PhraseLabel.phrases("Clearly exceeded the plan"));
        assertEquals(List.of("一部で", "計画を", "達成・", "上回ったものの、", "計画を", "下回っている"),
                PhraseLabel.phrases("一部で計画を達成・上回ったものの、計画を下回っている"));
        assertEquals(List.of("全般的に", "計画を", "下回っている"), PhraseLabel.phrases("全般的に計画を下回っている"));
        // an opening bracket starts a phrase, a closing one ends it
        assertEquals(List.of("技術的評価", "（研究開発等の", "進捗）"), PhraseLabel.phrases("技術的評価（研究開発等の進捗）"));
        assertEquals(List.of(), PhraseLabel.phrases(""));
    }
}
