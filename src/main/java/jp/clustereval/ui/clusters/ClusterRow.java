package jp.clustereval.ui.clusters;

import java.util.Locale;
import java.util.regex.Pattern;
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
import jp.clustereval.ui.common.SheetStateText;

/**
 * One line of the cluster list: the cluster, in the UI language, and my progress on it.
 *
 * <p>A national round lists 100,000 clusters of which a few dozen are on screen, so a row holds
 * plain values and makes its observable properties only when something asks for them (a visible
 * cell, a sort by that column); a property, once made, follows every later change.
 */
public final class ClusterRow {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^A-Za-z]");

    private final Cluster cluster;
    private Messages messages;
    private int gradedValue;
    private int totalValue;
    private SheetStatus statusValue; // null while the sheet was never opened
    private ReadOnlyStringWrapper name;
    private ReadOnlyStringWrapper cohort;
    private ReadOnlyStringWrapper fields;
    private Progress live;

    /** The progress properties, made together on first use. */
    private final class Progress {
        private final IntegerProperty graded = new SimpleIntegerProperty(ClusterRow.this, "graded", gradedValue);
        private final IntegerProperty total = new SimpleIntegerProperty(ClusterRow.this, "total", totalValue);
        private final ObjectProperty<SheetStatus> status = new SimpleObjectProperty<>(ClusterRow.this, "status", statusValue);
        private final ReadOnlyStringWrapper statusText =
                new ReadOnlyStringWrapper(ClusterRow.this, "statusText", statusText(statusValue));
        private final StringBinding progressText =
                Bindings.createStringBinding(() -> graded.get() + "/" + total.get(), graded, total);
        private final DoubleBinding progress = Bindings.createDoubleBinding(
                () -> total.get() == 0 ? 0 : (double) graded.get() / total.get(), graded, total);

        private Progress() {
            // the properties are public: a change made through them is the row's value from then on
            graded.addListener((obs, o, n) -> {
                gradedValue = n.intValue();
                statusText.set(statusText(statusValue));
            });
            total.addListener((obs, o, n) -> totalValue = n.intValue());
            status.addListener((obs, old, now) -> {
                statusValue = now;
                statusText.set(statusText(now));
            });
        }
    }

    public ClusterRow(Cluster cluster, int totalItems, Messages messages) {
        this.cluster = cluster;
        this.totalValue = totalItems;
        this.messages = messages;
    }

    /** Re-reads every text in the language of these messages. */
    public void localize(Messages m) {
        this.messages = m;
        if (name != null) {
            name.set(nameText());
        }
        if (cohort != null) {
            cohort.set(cohortText());
        }
        if (fields != null) {
            fields.set(fieldsText());
        }
        if (live != null) {
            live.statusText.set(statusText(statusValue));
        }
    }

    /** The localized name of a research field such as "Life Sciences". */
    public static String fieldLabel(String field, Messages m) {
        String key = "field." + NOT_A_LETTER.matcher(field).replaceAll("");
        return m.has(key) ? m.get(key) : field;
    }

    private String nameText() {
        return cluster.name().in(messages.language());
    }

    private String cohortText() {
        return messages.format("cluster.cohort", String.valueOf(cluster.startFiscalYear()));
    }

    private String fieldsText() {
        return cluster.fields().stream().map(f -> fieldLabel(f, messages)).collect(Collectors.joining(", "));
    }

    private String statusText(SheetStatus s) {
        return SheetStateText.text(messages, s, gradedValue);
    }

    public void setProgress(int gradedItems, int totalItems, SheetStatus sheetStatus) {
        gradedValue = gradedItems;
        totalValue = totalItems;
        statusValue = sheetStatus;
        if (live != null) {
            live.graded.set(gradedItems);
            live.total.set(totalItems);
            live.status.set(sheetStatus);
        }
    }

    /** Graded items over all items, 0 when there are none: what the progress column sorts by. */
    public double progress() {
        return totalValue == 0 ? 0 : (double) gradedValue / totalValue;
    }

    /** True when the text occurs in the code, either name, the area or the prefectures. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return contains(cluster.code(), q) || contains(cluster.name().ja(), q) || contains(cluster.name().en(), q)
                || contains(cluster.area().ja(), q) || contains(cluster.area().en(), q)
                || contains(cluster.prefectures(), q) || (!cluster.fields().isEmpty() && contains(fieldsText(), q));
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
        if (name == null) {
            name = new ReadOnlyStringWrapper(this, "name", nameText());
        }
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cohortProperty() {
        if (cohort == null) {
            cohort = new ReadOnlyStringWrapper(this, "cohort", cohortText());
        }
        return cohort.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fieldsProperty() {
        if (fields == null) {
            fields = new ReadOnlyStringWrapper(this, "fields", fieldsText());
        }
        return fields.getReadOnlyProperty();
    }

    private Progress live() {
        if (live == null) {
            live = new Progress();
        }
        return live;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return live().statusText.getReadOnlyProperty();
    }

    public IntegerProperty gradedProperty() {
        return live().graded;
    }

    public IntegerProperty totalProperty() {
        return live().total;
    }

    public ObjectProperty<SheetStatus> statusProperty() {
        return live().status;
    }

    public StringBinding progressTextProperty() {
        return live().progressText;
    }

    public DoubleBinding progressProperty() {
        return live().progress;
    }
}
