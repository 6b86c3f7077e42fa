package jp.clustereval.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.clustereval.common.UserFacingException;

/**
 * The start-up check of the views: every {@link FxmlView}'s file is there, the controller it names
 * is one the {@link ControllerFactory} makes, and every view it includes is a named view. A damaged
 * installation or a controller left out of the factory thus stops the start with a message naming
 * the view, instead of failing later on the click that opens it. It reads the files as text and
 * needs no toolkit (the shell runs it on a thread of its own after its first frame); that each view
 * also builds, with its controller bound to its nodes, is what {@code AllViewsBuildTest} proves.
 */
public final class ViewCheck {

    private static final Pattern CONTROLLER = Pattern.compile("fx:controller\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INCLUDE = Pattern.compile("<fx:include\\b[^>]*?\\bsource\\s*=\\s*\"([^\"]+)\"");

    private ViewCheck() {
    }

    /**
     * Checks every view; fails naming the view's file and what is wrong with it
     * ({@code view.fileMissing}, {@code view.unreadable}, {@code view.controllerNotMade}, {@code view.includesNoView}).
     */
    public static void verify(ControllerFactory factory) {
        verify(factory, FxmlView::url);
    }

    /** As {@link #verify(ControllerFactory)}, with the views' files found by {@code files} (null: missing). */
    public static void verify(ControllerFactory factory, Function<FxmlView, URL> files) {
        Set<String> made = factory.controllers().stream().map(Class::getName).collect(Collectors.toSet());
        Set<String> named = Arrays.stream(FxmlView.values()).map(FxmlView::file).collect(Collectors.toSet());
        for (FxmlView view : FxmlView.values()) {
            URL url = files.apply(view);
            if (url == null) {
                throw broken(view, "view.fileMissing", "/fxml/" + view.file());
            }
            String text = read(view, url);
            Matcher controller = CONTROLLER.matcher(text);
            while (controller.find()) {
                if (!made.contains(controller.group(1))) {
                    throw broken(view, "view.controllerNotMade", controller.group(1));
                }
            }
            Matcher include = INCLUDE.matcher(text);
            while (include.find()) {
                if (!named.contains(include.group(1))) {
                    throw broken(view, "view.includesNoView", include.group(1));
                }
            }
        }
    }

    private static String read(FxmlView view, URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException(e, "view.unreadable", view.file(), String.valueOf(e.getMessage()));
        }
    }

    private static UserFacingException broken(FxmlView view, String key, String what) {
        return new UserFacingException(key, view.file(), what);
    }
}
