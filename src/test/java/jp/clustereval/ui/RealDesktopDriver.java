package jp.clustereval.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Language;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * Run in a child JVM on a real display (GTK, under a window manager) by the real-toolkit tests:
 * the desktop application on a database, driven by lines on stdin, answering on stdout:
 * <ul>
 * <li>{@code grade CODE ITEM G}: opens the cluster's sheet and grades the item as the keyboard does,
 * then answers {@code saved CODE ITEM G} once the grade is stored;</li>
 * <li>{@code choose-score-files}: opens Panel's "import score files" chooser (GTK's own dialog, in
 * this process) and answers {@code chosen N} when it is closed.</li>
 * </ul>
 * It prints {@code ready} once the cluster list is shown. It never closes anything.
 */
public final class RealDesktopDriver {

    private RealDesktopDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        FxToolkit.registerPrimaryStage();
        ClusterEvalApp app = (ClusterEvalApp) FxToolkit.setupApplication(() -> new ClusterEvalApp(new AppConfig(db, Language.EN)));
        await(() -> app.shell().state().session() != null && app.shell().state().evaluator() != null
                && !app.shell().main().clusters().loadingProperty().get());
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "grade" -> grade(app, w[1], w[2], w[3]);
                case "choose-score-files" -> Platform.runLater(() -> {
                    List<Path> chosen = app.shell().dialogs().chooseScoreFiles();
                    System.out.println("chosen " + chosen.size());
                    System.out.flush();
                });
                default -> System.out.println("unknown " + line);
            }
            System.out.flush();
        }
        Thread.sleep(600_000);
    }

    private static void grade(ClusterEvalApp app, String code, String item, String grade) throws Exception {
        Services s = app.shell().state().session().services();
        Cluster cluster = s.clusters().all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
        Platform.runLater(() -> app.shell().main().sheet().show(cluster));
        await(() -> app.shell().main().sheet().item(item).isPresent()
                && cluster.equals(app.shell().main().sheet().clusterProperty().get()));
        Platform.runLater(() -> app.shell().main().sheet().grade(app.shell().main().sheet().item(item).orElseThrow(), grade));
        SheetKey key = new SheetKey(s.rounds().current().id(), app.shell().state().evaluator().id(), code);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grade.equals(s.grading().load(key).entry(item).grade()));
        System.out.println("saved " + code + " " + item + " " + grade);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }
}
