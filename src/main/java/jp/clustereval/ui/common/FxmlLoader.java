package jp.clustereval.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the views named by {@link FxmlView}: always with the UI bundle of the current language and
 * the application's {@link ControllerFactory}, so {@code %key} texts and the controllers'
 * dependencies are the same everywhere.
 */
public final class FxmlLoader {

    private final Supplier<Messages> messages;
    private final ControllerFactory controllers;

    public FxmlLoader(Supplier<Messages> messages, ControllerFactory controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** Loads the view; its controller and those of the views it includes are made by the factory. */
    public <C> View<C> load(FxmlView view) {
        URL url = view.url();
        if (url == null) {
            throw new IllegalStateException("View /fxml/" + view.file() + " is missing");
        }
        List<Object> created = new ArrayList<>();
        FXMLLoader loader = new FXMLLoader(url, messages.get().bundle());
        loader.setControllerFactory(type -> {
            Object controller = controllers.create(type);
            created.add(controller);
            return controller;
        });
        try {
            Parent root = loader.load();
            C controller = loader.getController();
            return new View<>(root, controller, List.copyOf(created));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + view.file(), e);
        }
    }
}
