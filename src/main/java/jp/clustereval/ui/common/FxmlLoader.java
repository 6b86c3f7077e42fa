package jp.clustereval.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the views in {@code resources/fxml}: always with the UI bundle of the current language and
 * the {@link ControllerFactory}, so {@code %key} texts and constructor injection work everywhere.
 */
public final class FxmlLoader {

    private final Supplier<Messages> messages;
    private final List<Object> shared;

    /** @param shared objects every controller may ask for (dialogs, navigator...) */
    public FxmlLoader(Supplier<Messages> messages, Object... shared) {
        this.messages = messages;
        this.shared = List.of(shared);
    }

    /** Loads {@code /fxml/<name>.fxml}; dependencies are added to the shared ones for this view. */
    public <C> View<C> load(String name, Object... dependencies) {
        URL url = FxmlLoader.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("View /fxml/" + name + ".fxml is missing");
        }
        List<Object> all = new ArrayList<>(shared);
        all.addAll(Arrays.asList(dependencies));
        ControllerFactory factory = new ControllerFactory(all);
        FXMLLoader loader = new FXMLLoader(url, messages.get().bundle());
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            C controller = loader.getController();
            return new View<>(root, controller, factory.created());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + name, e);
        }
    }
}
