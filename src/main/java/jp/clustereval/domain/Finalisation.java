package jp.clustereval.domain;

import java.time.Instant;

/** A round the panel finalised: when, and by which chair (their evaluator id and name). */
public record Finalisation(String roundId, Instant at, String chairId, String chairName) {
}
