package jp.clustereval.domain;

/** A figure and how many contributors stand behind it (evaluators, or clusters for a cohort average). */
public record Score(double value, int count) {
}
