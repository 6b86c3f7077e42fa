package jp.clustereval.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * A short text that wraps only between phrases. JavaFX breaks Japanese text between any two
 * characters, so a grade wording such as 「計画を大きく上回って進捗している」 broke as 「…進捗してい／る」;
 * here each phrase is a label of its own that never wraps, and the lines break between them.
 * The labels carry this pane's style classes, so the text is styled as one label would be.
 */
public final class PhraseLabel extends FlowPane {

    private String text = "";

    public PhraseLabel() {
        getStyleClass().addListener((ListChangeListener<String>) change -> restyle());
    }

    public void setText(String value) {
        text = value == null ? "" : value;
        List<Label> labels = new ArrayList<>();
        for (String phrase : phrases(text)) {
            Label label = new Label(phrase);
            label.setMinWidth(USE_PREF_SIZE);
            labels.add(label);
        }
        getChildren().setAll(labels);
        restyle();
    }

    public String getText() {
        return text;
    }

    /** Puts the lines to the right (as a right-aligned label would), or elsewhere. */
    public void setTextAlignment(Pos position) {
        setAlignment(position);
        setRowValignment(javafx.geometry.VPos.BASELINE);
    }

    private void restyle() {
        getChildren().forEach(n -> n.getStyleClass().setAll(getStyleClass()));
    }

    /**
     * The text cut into phrases: after a run of kana that follows kanji or katakana (the particle
     * or ending closes the phrase: 計画を｜大きく｜上回って｜進捗している), after Japanese punctuation, and
     * after a space (Latin words). Joined again they are the text.
     */
    public static List<String> phrases(String text) {
        List<String> phrases = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            phrase.appendCodePoint(c);
            int next = i + 1 < cps.length ? cps[i + 1] : -1;
            if (next >= 0 && endsPhrase(phrase, c, next)) {
                phrases.add(phrase.toString());
                phrase.setLength(0);
            }
        }
        if (phrase.length() > 0) {
            phrases.add(phrase.toString());
        }
        return phrases;
    }

    private static boolean endsPhrase(CharSequence phrase, int c, int next) {
        if (c == ' ' || "、。，．・：；！？）」』】".indexOf(c) >= 0) {
            return true;
        }
        if ("（「『【".indexOf(next) >= 0) {
            return true;
        }
        // kana after a content word (kanji, katakana) closes the phrase when a content word follows
        return isHiragana(c) && !isHiragana(next) && !isSmallOrMark(next) && hasContentBefore(phrase)
                && (isKanji(next) || isKatakana(next));
    }

    private static boolean hasContentBefore(CharSequence phrase) {
        return phrase.codePoints().anyMatch(cp -> isKanji(cp) || isKatakana(cp) || Character.isLetterOrDigit(cp)
                && cp < 0x3000);
    }

    private static boolean isHiragana(int c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
    }

    private static boolean isKatakana(int c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA && c != 'ー';
    }

    private static boolean isKanji(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isSmallOrMark(int c) {
        return c == 'ー' || c == '々';
    }
}
