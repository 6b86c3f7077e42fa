package jp.clustereval.service;

/** Which sheet: a round, an evaluator, a cluster. */
public record SheetKey(String roundId, String evaluatorId, String clusterCode) {
}
