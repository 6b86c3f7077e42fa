package jp.clustereval.ui.sheet;

import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;

/** A change of a sheet reached the disk; gradesChanged tells whether scores may have moved. */
public record SheetSaved(SheetKey key, SheetData data, boolean gradesChanged) {
}
