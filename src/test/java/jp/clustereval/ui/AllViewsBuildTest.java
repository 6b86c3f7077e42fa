package jp.clustereval.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Language;
import jp.clustereval.ui.common.ControllerFactory;
import jp.clustereval.ui.common.FxmlView;
import jp.clustereval.ui.common.Navigator;
import jp.clustereval.ui.common.Session;
import jp.clustereval.ui.common.View;
import jp.clustereval.ui.common.ViewCheck;
import jp.clustereval.ui.keys.KeysController;

/**
 * Every view of the application is built, with its controller made by the application's own
 * controller factory over the application's own wiring (headless, Monocle), in both languages; a
 * view or controller that cannot be built fails here. And the start-up check ({@link ViewCheck})
 * stops the start, naming the view, for what a merge or a damaged installation can break: a
 * controller the factory does not make, a missing file, an include of something that is no view.
 */
class AllViewsBuildTest {

    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([^\"]+)\"");
    private static final Pattern INCLUDE = Pattern.compile("<fx:include ");

    @TempDir
    Path dir;
    private Session session;
    private AppWiring wiring;

    /** The shell's windows: nothing is opened while views are only built. */
    private static final class NoWindows implements Navigator {
        @Override public void showRadar(boolean grid) { }
        @Override public void showAbout() { }
        @Override public void showOverview() { }
        @Override public void showKeyboard() { }
        @Override public void showImport(List<Path> filesOrFolders) { }
        @Override public void showConflicts() { }
        @Override public void showCompleteness() { }
        @Override public void showMissing() { }
        @Override public void showKeys() { }
        @Override public void showResults(boolean weights) { }
        @Override public void showRoster() { }
        @Override public void showAssignments() { }
        @Override public void showSwitchRound() { }
        @Override public void showNewRound() { }
        @Override public void showRoundEditor() { }
        @Override public void writeRoundPackage() { }
        @Override public void openRoundPackage(Path file) { }
        @Override public void showMeeting() { }
        @Override public void quit() { }
    }

    @BeforeEach
    void setUp() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Path db = dir.resolve("views.db");
        session = Session.open(db).session();
        session.services().evaluators().createLocal("View Builder", "University V");
        wiring = fx(() -> new AppWiring(stage, new AppConfig(db, Language.EN, Duration.ofMillis(200)), new NoWindows(),
                url -> { }));
        fx(() -> {
            wiring.state().sessionProperty().set(session);
            wiring.state().evaluatorProperty().set(session.services().evaluators().local().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !wiring.tasks().isBusy());
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            wiring.desktop().close();
            return null;
        });
        wiring.tasks().shutdown(Duration.ofSeconds(10));
        session.close();
        FxToolkit.cleanupStages();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static String text(FxmlView view) throws Exception {
        URL url = view.url();
        assertNotNull(url, view + ": its file /fxml/" + view.file() + " is missing");
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyViewBuildsWithItsControllerInBothLanguages() throws Exception {
        List<String> built = new ArrayList<>();
        for (Language language : Language.values()) {
            fx(() -> {
                wiring.state().languageProperty().set(language);
                return null;
            });
            for (FxmlView view : FxmlView.values()) {
                String text = text(view);
                Matcher named = CONTROLLER.matcher(text);
                assertTrue(named.find(), view + " names its controller");
                long includes = INCLUDE.matcher(text).results().count();
                String what = view + " in " + language;
                fx(() -> {
                    View<?> v = wiring.loader().load(view);
                    assertNotNull(v.root(), what);
                    assertEquals(named.group(1), v.controller().getClass().getName(), what + ": the controller it names");
                    assertEquals(1 + includes, v.controllers().size(), what + ": its own and its included views' controllers");
                    // skins, style sheet and layout too: what showing it does
                    Scene scene = new Scene(v.root(), 1200, 800);
                    scene.getStylesheets().add(AppShell.class.getResource(AppShell.STYLESHEET).toExternalForm());
                    v.root().applyCss();
                    v.root().layout();
                    v.dispose();
                    return null;
                });
                built.add(what);
            }
        }
        assertEquals(FxmlView.values().length * Language.values().length, built.size());
    }

    @Test
    void everyFxmlFileIsNamedOnceAndEveryControllerTheFactoryMakesIsUsed() throws Exception {
        Path folder = Path.of(FxmlView.MAIN.url().toURI()).getParent();
        Set<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".fxml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> named = Arrays.stream(FxmlView.values()).map(FxmlView::file).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, named, "every file in resources/fxml has its one constant in FxmlView");
        assertEquals(FxmlView.values().length, named.size(), "no file named twice");

        Set<String> usedControllers = new TreeSet<>();
        for (FxmlView view : FxmlView.values()) {
            Matcher m = CONTROLLER.matcher(text(view));
            m.find();
            usedControllers.add(m.group(1));
        }
        Set<String> made = wiring.controllers().controllers().stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(usedControllers, made, "the factory makes exactly the controllers the views name");
        ViewCheck.verify(wiring.controllers()); // the real views and factory pass the start-up check
    }

    /** The application's factory without one of its entries (what a forgotten line after a merge is). */
    private ControllerFactory without(Class<?> left) {
        ControllerFactory all = wiring.controllers();
        return new ControllerFactory() {
            @Override
            public Object create(Class<?> type) {
                return all.create(type);
            }

            @Override
            public Set<Class<?>> controllers() {
                return all.controllers().stream().filter(c -> c != left).collect(Collectors.toSet());
            }
        };
    }

    private static String english(UserFacingException e) {
        return e.message(Locale.ENGLISH);
    }

    @Test
    void aControllerTheFactoryDoesNotMakeStopsTheStartNamingTheView() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> ViewCheck.verify(without(KeysController.class)));
        assertEquals("view.controllerNotMade", e.key());
        assertEquals("ClusterEval cannot start: its window keys.fxml cannot be built (its controller "
                + "jp.clustereval.ui.keys.KeysController is not made by the controller factory). The installation is "
                + "incomplete or damaged: install ClusterEval again.", english(e));
        assertEquals("ClusterEval を起動できません。画面 keys.fxml を組み立てられません (そのコントローラー "
                + "jp.clustereval.ui.keys.KeysController をコントローラーファクトリーが作りません)。インストールが不完全か"
                + "壊れています。ClusterEval をインストールし直してください。", e.message(Locale.JAPANESE));
    }

    @Test
    void aMissingViewFileStopsTheStartNamingIt() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> ViewCheck.verify(wiring.controllers(), v -> v == FxmlView.ABOUT ? null : v.url()));
        assertEquals("view.fileMissing", e.key());
        assertTrue(english(e).contains("its window about.fxml cannot be built (the file /fxml/about.fxml is missing)"),
                english(e));
    }

    @Test
    void anIncludeOfSomethingThatIsNoViewStopsTheStart() throws Exception {
        Path broken = dir.resolve("panel-results.fxml");
        Files.writeString(broken, text(FxmlView.PANEL_RESULTS).replace("source=\"comments.fxml\"", "source=\"remarks.fxml\""));
        URL url = broken.toUri().toURL();
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> ViewCheck.verify(wiring.controllers(), v -> v == FxmlView.PANEL_RESULTS ? url : v.url()));
        assertEquals("view.includesNoView", e.key());
        assertTrue(english(e).contains("its window panel-results.fxml cannot be built (it includes remarks.fxml, which is not a view)"),
                english(e));
    }
}
