package jp.clustereval.persistence;

import java.util.Map;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;

/** A sheet with its item entries as stored, read in bulk for merging and the completeness matrix. */
public record StoredSheet(long id, String evaluatorId, String clusterCode, long revision, SheetStatus status,
                          String comment, Map<String, ItemEntry> entries) {
}
