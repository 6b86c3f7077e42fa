package jp.clustereval.ui.rounds;

import java.util.ArrayList;
import java.util.List;

import jp.clustereval.common.SafeText;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.LocalizedText;

/**
 * One node of the item tree while it is edited: mutable, with its children in order. The editor's
 * root is a node of its own that is never saved; the round's items are its descendants.
 */
public final class EditorItem {

    /** What the item edit dialog shows and returns. */
    public record Fields(LocalizedText name, LocalizedText description, ItemKind kind, String axisCode,
                         String clusterCode, double weight) {
    }

    private final String id;
    private Fields fields;
    private EditorItem parent;
    private final List<EditorItem> children = new ArrayList<>();

    EditorItem(String id, Fields fields) {
        this.id = id;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    public Fields fields() {
        return fields;
    }

    void setFields(Fields fields) {
        this.fields = fields;
    }

    public EditorItem parent() {
        return parent;
    }

    /** The children, in order (a copy: the view model alone changes the tree). */
    public List<EditorItem> children() {
        return List.copyOf(children);
    }

    List<EditorItem> childList() {
        return children;
    }

    void add(int index, EditorItem child) {
        child.parent = this;
        children.add(index, child);
    }

    void remove(EditorItem child) {
        children.remove(child);
        child.parent = null;
    }

    /**
     * As the tree shows it: the name in the UI language, a graded item's axis, and the unit of a
     * per-unit sub-item ("1.1 研究開発の進捗 [A]", "テーマ1 [unit SAP]").
     */
    public String label(Language language, String unitWord) {
        Fields f = fields;
        StringBuilder b = new StringBuilder(SafeText.line(f.name().in(language)));
        if (f.kind() == ItemKind.GRADED && f.axisCode() != null) {
            b.append("  [").append(f.axisCode()).append(']');
        }
        if (f.clusterCode() != null) {
            b.append("  [").append(unitWord).append(' ').append(SafeText.line(f.clusterCode())).append(']');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return id;
    }
}
