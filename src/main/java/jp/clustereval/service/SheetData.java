package jp.clustereval.service;

import java.util.Map;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Sheet;

/** A sheet as stored (or an empty draft when nothing was written yet) with its item entries by item id. */
public record SheetData(Sheet sheet, Map<String, ItemEntry> entries) {

    public SheetData {
        entries = Map.copyOf(entries);
    }

    public ItemEntry entry(String itemId) {
        return entries.getOrDefault(itemId, new ItemEntry(itemId, null, "", ""));
    }

    /** Item id to grade, for the graded entries only: the input of the scoring. */
    public Map<String, String> grades() {
        Map<String, String> grades = new java.util.HashMap<>();
        entries.forEach((id, e) -> {
            if (e.isGraded()) {
                grades.put(id, e.grade());
            }
        });
        return grades;
    }
}
