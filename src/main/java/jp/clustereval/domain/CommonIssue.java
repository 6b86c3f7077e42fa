package jp.clustereval.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The issues found across clusters (共通の課題) that the chair tags comments with. The tag is the
 * stable spelling used in the database and on the command line.
 */
public enum CommonIssue {
    RD_THEMES("rd-themes", "研究テーマの選定・管理", "Choosing and managing R&D themes"),
    COMMERCIALISATION("commercialisation", "事業化戦略", "Commercialisation strategy"),
    IP("ip", "知的財産戦略（大学と地域）", "IP strategy (university vs region)"),
    WIDE_AREA("wide-area", "他地域との連携・広域化", "Cooperation with other regions, wide-area work"),
    PEOPLE("people", "人材の育成・確保", "Developing and securing people"),
    REGULATION("regulation", "薬事規制（ライフサイエンス）", "Pharmaceutical regulation (life sciences)");

    private final String tag;
    private final LocalizedText label;

    CommonIssue(String tag, String ja, String en) {
        this.tag = tag;
        this.label = new LocalizedText(ja, en);
    }

    public String tag() {
        return tag;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<CommonIssue> of(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        for (CommonIssue i : values()) {
            if (i.tag.equals(t)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
