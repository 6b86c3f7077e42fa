package jp.clustereval.domain;

/** One grade as the aggregation sees it: who graded which item of which cluster, and how. */
public record GradeRecord(String evaluatorId, String clusterCode, String itemId, String grade) {
}
