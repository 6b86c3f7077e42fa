package jp.clustereval.ui.clusters;

import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.ui.common.Messages;

/** One line of the cluster list: the cluster, in the UI language, and my progress on it. */
public final class ClusterRow {

    private final Cluster cluster;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper cohort = new ReadOnlyStringWrapper(this, "cohort");
    private final ReadOnlyStringWrapper fields = new ReadOnlyStringWrapper(this, "fields");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText");
    private final IntegerProperty graded = new SimpleIntegerProperty(this, "graded");
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    /** Null while the sheet was never opened. */
    private final ObjectProperty<SheetStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringBinding progressText;
    private final DoubleBinding progress;
    private Messages messages;

    public ClusterRow(Cluster cluster, int totalItems, Messages messages) {
        this.cluster = cluster;
        this.total.set(totalItems);
        progressText = Bindings.createStringBinding(() -> graded.get() + "/" + total.get(), graded, total);
        progress = Bindings.createDoubleBinding(
                () -> total.get() == 0 ? 0 : (double) graded.get() / total.get(), graded, total);
        status.addListener((obs, old, now) -> statusText.set(statusText(now)));
        localize(messages);
    }

    /** Re-reads every text in the language of these messages. */
    public void localize(Messages m) {
        this.messages = m;
        name.set(cluster.name().in(m.language()));
        cohort.set(m.format("cluster.cohort", String.valueOf(cluster.startFiscalYear())));
        fields.set(cluster.fields().stream().map(f -> fieldLabel(f, m)).collect(Collectors.joining(", ")));
        statusText.set(statusText(status.get()));
    }

    /** The localized name of a research field such as "Life Sciences". */
    public static String fieldLabel(String field, Messages m) {
        String key = "field." + field.replaceAll("[^A-Za-z]", "");
        return m.has(key) ? m.get(key) : field;
    }

    private String statusText(SheetStatus s) {
        if (s == null) {
            return messages.get("status.notStarted");
        }
        return messages.get("status." + s.name().toLowerCase(Locale.ROOT));
    }

    public void setProgress(int gradedItems, int totalItems, SheetStatus sheetStatus) {
        graded.set(gradedItems);
        total.set(totalItems);
        status.set(sheetStatus);
    }

    /** True when the text occurs in the code, either name, the area or the prefectures. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return contains(cluster.code(), q) || contains(cluster.name().ja(), q) || contains(cluster.name().en(), q)
                || contains(cluster.area().ja(), q) || contains(cluster.area().en(), q)
                || contains(cluster.prefectures(), q) || contains(fields.get(), q);
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    public Cluster cluster() {
        return cluster;
    }

    public String code() {
        return cluster.code();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cohortProperty() {
        return cohort.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fieldsProperty() {
        return fields.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public IntegerProperty gradedProperty() {
        return graded;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public ObjectProperty<SheetStatus> statusProperty() {
        return status;
    }

    public StringBinding progressTextProperty() {
        return progressText;
    }

    public DoubleBinding progressProperty() {
        return progress;
    }
}
