package jp.clustereval.service;

import java.util.List;

import jp.clustereval.common.UserFacingException;

/** "Mark complete" on a sheet with ungraded items; carries the missing item ids. */
public final class IncompleteSheetException extends UserFacingException {

    private static final long serialVersionUID = 1L;
    private final List<String> missingItemIds;

    public IncompleteSheetException(String clusterCode, List<String> missingItemIds) {
        super("sheet.incomplete", clusterCode, String.join(", ", missingItemIds));
        this.missingItemIds = List.copyOf(missingItemIds);
    }

    public List<String> missingItemIds() {
        return missingItemIds;
    }
}
