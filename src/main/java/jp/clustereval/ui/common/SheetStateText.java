package jp.clustereval.ui.common;

import jp.clustereval.domain.SheetStatus;

/**
 * The one word for the state of a sheet, wherever it is shown (the cluster list's status column,
 * the sheet's header): complete, not started (nothing graded, whether or not the sheet was ever
 * stored), or draft.
 */
public final class SheetStateText {

    private SheetStateText() {
    }

    /** The bundle key of the state; status null means the sheet was never stored. */
    public static String key(SheetStatus status, int gradedItems) {
        if (status == SheetStatus.COMPLETE) {
            return "status.complete";
        }
        return gradedItems == 0 ? "status.notStarted" : "status.draft";
    }

    public static String text(Messages messages, SheetStatus status, int gradedItems) {
        return messages.get(key(status, gradedItems));
    }
}
