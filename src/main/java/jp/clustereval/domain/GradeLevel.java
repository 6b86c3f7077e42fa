package jp.clustereval.domain;

/** One grade of a round's scale, e.g. S = 4 "clearly exceeded the plan". */
public record GradeLevel(String code, double value, LocalizedText wording) {
}
