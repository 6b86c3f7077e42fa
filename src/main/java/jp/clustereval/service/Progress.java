package jp.clustereval.service;

import jp.clustereval.domain.SheetStatus;

/** How far an evaluator is with one cluster: graded items of all gradable items, and the sheet's status. */
public record Progress(int graded, int total, SheetStatus status) {

    public boolean isFullyGraded() {
        return graded == total;
    }
}
