package jp.clustereval.ui.overview;

/**
 * A column of the overview's grid, as the window and the printed pages show it: its kind, the item
 * or axis it stands for, a short label for the header and the full one for its tooltip.
 */
public record OverviewColumn(Kind kind, String key, String label, String fullLabel) {

    public enum Kind { CODE, NAME, ITEM, AXIS, TOTAL, RANK, STATE, NOTES }

    /** True for the item columns, the only ones that take a grade. */
    public boolean isItem() {
        return kind == Kind.ITEM;
    }

    /** A node id part: the item or axis id with dots as underscores, or the kind. */
    public String idPart() {
        return key == null ? kind.name().toLowerCase(java.util.Locale.ROOT) : kind.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + key.replace('.', '_');
    }
}
