package jp.clustereval.ui.evidence;

/** One line of the evidence panel: a period heading (value empty) or a metric and its number. */
public record EvidenceLine(String metric, String label, String value, boolean heading) {
}
