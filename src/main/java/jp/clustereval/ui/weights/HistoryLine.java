package jp.clustereval.ui.weights;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jp.clustereval.service.WeightChange;
import jp.clustereval.ui.common.Messages;

/**
 * One line of the weights' history: when, who, how (for a weights file whose signer the chair
 * accepted explicitly: by whom and why), the consistency ratio of AHP, the axis shares.
 */
public record HistoryLine(String when, String who, String source, String consistency, String axes) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static HistoryLine of(WeightChange c, Messages m) {
        String cr = c.consistencyRatio() == null ? "" : jp.clustereval.common.Decimals.format(m.locale(), "%.3f", c.consistencyRatio());
        String source = c.acceptedBy() != null ? m.format("weights.source.fileAccepted", c.acceptedBy(), c.acceptReason())
                : m.get("weights.source." + (List.of("direct", "ahp", "file").contains(c.source()) ? c.source() : "direct"));
        return new HistoryLine(WHEN.format(c.setAt().atZone(ZoneId.systemDefault())), c.setBy(), source, cr,
                shares(c.axisWeights(), m));
    }

    /** "A 30.0 %   B 20.0 % ...": the axis shares. */
    private static String shares(Map<String, Double> w, Messages m) {
        StringBuilder sb = new StringBuilder();
        w.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "   ").append(k).append(' ')
                .append(jp.clustereval.common.Decimals.format(m.locale(), "%.1f %%", v * 100)));
        return sb.toString();
    }
}
