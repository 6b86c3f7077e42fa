package jp.clustereval.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import jp.clustereval.AppInfo;
import jp.clustereval.service.FailureReport;
import org.controlsfx.control.Notifications;

/**
 * The JavaFX dialogs. Error dialogs do not block, and one message is shown at most once at a time.
 * News that work is done is a ControlsFX notification at the bottom right of the window.
 */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(FxDialogService.class.getName());
    /** Long enough to read a file path twice; a click on its close button hides it at once. */
    static final Duration DONE_SHOWN = Duration.seconds(8);
    /** The style class of a done notification (tests and CSS find it by this). */
    public static final String DONE_STYLE = "done-notification";

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final Set<String> showing = new HashSet<>();
    private Function<FileRequest, List<Path>> fileChooser;
    private FolderMemory folders = new FolderMemory() {
        private final java.util.Map<String, Path> last = new java.util.HashMap<>();

        @Override
        public Optional<Path> lastFolder(String kind) {
            return Optional.ofNullable(last.get(kind));
        }

        @Override
        public void chosenIn(String kind, Path folder) {
            last.put(kind, folder);
        }
    };

    public FxDialogService(Supplier<Messages> messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(Throwable failure, Runnable afterClose) {
        LOG.log(Level.WARNING, "Reported to the user", failure);
        FailureReport.print(failure); // the dialog, and the line every failure prints on stderr
        Messages m = messages.get();
        String text = DialogService.describe(failure, m);
        if (!showing.add(text)) {
            afterClose.run();
            return; // the same message is on screen already (e.g. every save failing on a read-only file)
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setTitle(m.get("error.title"));
        alert.setHeaderText(m.get("error.header"));
        alert.getDialogPane().setId("errorDialog");
        String details = DialogService.details(failure);
        if (!details.isEmpty()) {
            TextArea area = new TextArea(details);
            area.setId("errorDetails");
            area.setEditable(false);
            area.setAccessibleText(m.get("error.details"));
            area.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(area);
        }
        prepare(alert);
        alert.setOnHidden(e -> {
            showing.remove(text);
            afterClose.run();
        });
        alert.show();
    }

    @Override
    public void showInfo(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("infoDialog");
        prepare(alert);
        alert.show();
    }

    @Override
    public void notifyDone(String title, String text) {
        LOG.info(() -> title + ": " + text);
        Notifications notification = Notifications.create().title(title).text(text)
                .position(Pos.BOTTOM_RIGHT).hideAfter(DONE_SHOWN).styleClass(DONE_STYLE);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            notification.owner(w); // in the corner of the window, not of the screen
        }
        notification.show();
    }

    @Override
    public void confirm(String title, String header, String text, String okText, String cancelText,
                        java.util.function.Consumer<Boolean> answer) {
        ButtonType ok = new ButtonType(okText, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ok, cancel);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirmDialog");
        prepare(alert);
        alert.setOnHidden(e -> answer.accept(alert.getResult() == ok));
        alert.show();
    }

    @Override
    public <R> void show(Dialog<R> dialog, Consumer<Optional<R>> answer) {
        owned(dialog);
        dialog.setOnHidden(e -> answer.accept(Optional.ofNullable(dialog.getResult())));
        dialog.show();
    }

    @Override
    public void showStartFailure(Throwable failure, Runnable afterClose) {
        LOG.log(Level.SEVERE, "The application could not start", failure);
        FailureReport.print(failure);
        Locale locale = messages.get().locale();
        Alert alert = new Alert(Alert.AlertType.ERROR,
                FailureReport.withLog(FailureReport.problem(failure, locale), locale), ButtonType.OK);
        alert.getDialogPane().setId("startFailedDialog");
        alert.setHeaderText(null);
        alert.setTitle(AppInfo.NAME);
        owned(alert);
        alert.setOnHidden(e -> afterClose.run());
        alert.show();
    }

    private void prepare(Alert alert) {
        owned(alert);
        alert.setResizable(true);
    }

    /**
     * Owned by the main window (when there is one), styled with its style sheets, and sized and
     * placed by {@link WindowPlacement} (its whole text shown, centred on the main window).
     */
    private void owned(Dialog<?> dialog) {
        WindowPlacement.dialog(dialog);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
            MaximisedOwner.dialog(dialog, w);
            if (w.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(w.getScene().getStylesheets());
            }
        }
    }

    /** Where the choosers start and what they remember (the user's settings; in memory until set). */
    public void rememberFoldersIn(FolderMemory memory) {
        this.folders = memory;
    }

    /** The folder each kind of request remembers (see {@code Settings.FOLDER_KINDS}). */
    static String folderKind(FileRequest.Kind kind) {
        return switch (kind) {
            case OPEN_DATABASE -> "database";
            case OPEN_SCORE_FILES, OPEN_FOLDER, SAVE_SCORE_FILE -> "scoreFiles";
            case SAVE_CHART -> "charts";
            case SAVE_CSV, OPEN_EVIDENCE, OPEN_CSV, OPEN_ROUND_DEFINITION, OPEN_UNITS_CSV -> "csv";
            case SAVE_WEIGHTS, OPEN_WEIGHTS -> "weights";
            case SAVE_PDF, SAVE_XLSX, SAVE_JSON -> "reports";
            case OPEN_ROUND_PACKAGE, SAVE_ROUND_PACKAGE -> "roundPackages";
        };
    }

    /** The chooser starts in the folder its kind was last left in, when that folder is still there. */
    private void startIn(FileChooser chooser, FileRequest.Kind kind) {
        folders.lastFolder(folderKind(kind)).filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
    }

    /** The folder of what was chosen is where the next chooser of the kind starts. */
    private void remember(FileRequest.Kind kind, File chosen, boolean isFolder) {
        if (chosen != null) {
            File folder = isFolder ? chosen : chosen.getAbsoluteFile().getParentFile();
            if (folder != null) {
                folders.chosenIn(folderKind(kind), folder.toPath().toAbsolutePath());
            }
        }
    }

    /**
     * Replaces every file chooser (tests: no native dialog under Monocle); the function answers a
     * request with the chosen paths, none when cancelled. Null restores the real choosers.
     */
    public void setFileChooser(Function<FileRequest, List<Path>> chooser) {
        this.fileChooser = chooser;
    }

    private Optional<List<Path>> hooked(FileRequest.Kind kind, String suggestedName) {
        if (fileChooser == null) {
            return Optional.empty();
        }
        List<Path> chosen = fileChooser.apply(new FileRequest(kind, suggestedName));
        return Optional.of(chosen == null ? List.of() : List.copyOf(chosen));
    }

    @Override
    public Optional<Path> chooseDatabase(Path current) {
        Optional<List<Path>> hook = hooked(FileRequest.Kind.OPEN_DATABASE, null);
        if (hook.isPresent()) {
            return hook.get().stream().findFirst();
        }
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.openDatabase.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("dialog.filter.database"), "*.db", "*.sqlite"),
                new FileChooser.ExtensionFilter(m.get("dialog.filter.all"), "*"));
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        startIn(chooser, FileRequest.Kind.OPEN_DATABASE);
        File file = MaximisedOwner.chooser(owner.get(), chooser::showOpenDialog);
        remember(FileRequest.Kind.OPEN_DATABASE, file, false);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseChartFile(String suggestedName) {
        Optional<List<Path>> hook = hooked(FileRequest.Kind.SAVE_CHART, suggestedName);
        if (hook.isPresent()) {
            return hook.get().stream().findFirst();
        }
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.exportChart.title"));
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter(m.get("dialog.filter.png"), "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter(m.get("dialog.filter.svg"), "*.svg");
        chooser.getExtensionFilters().addAll(png, svg);
        chooser.setInitialFileName(suggestedName);
        startIn(chooser, FileRequest.Kind.SAVE_CHART);
        File file = MaximisedOwner.chooser(owner.get(), chooser::showSaveDialog);
        remember(FileRequest.Kind.SAVE_CHART, file, false);
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            // the user typed a bare name: take the extension of the chosen filter
            String ext = chooser.getSelectedExtensionFilter() == svg ? ".svg" : ".png";
            file = new File(file.getParentFile(), file.getName() + ext);
        }
        return Optional.of(file.toPath());
    }

    @Override
    public List<Path> chooseScoreFiles() {
        Optional<List<Path>> hook = hooked(FileRequest.Kind.OPEN_SCORE_FILES, null);
        if (hook.isPresent()) {
            return hook.get();
        }
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.importFiles.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("dialog.filter.scoreFile"), "*.cescore"),
                new FileChooser.ExtensionFilter(m.get("dialog.filter.all"), "*"));
        startIn(chooser, FileRequest.Kind.OPEN_SCORE_FILES);
        List<File> files = MaximisedOwner.chooser(owner.get(), chooser::showOpenMultipleDialog);
        if (files != null && !files.isEmpty()) {
            remember(FileRequest.Kind.OPEN_SCORE_FILES, files.get(0), false);
        }
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder() {
        Optional<List<Path>> hook = hooked(FileRequest.Kind.OPEN_FOLDER, null);
        if (hook.isPresent()) {
            return hook.get().stream().findFirst();
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get().get("dialog.importFolder.title"));
        folders.lastFolder(folderKind(FileRequest.Kind.OPEN_FOLDER)).filter(Files::isDirectory)
                .ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File folder = MaximisedOwner.chooser(owner.get(), chooser::showDialog);
        remember(FileRequest.Kind.OPEN_FOLDER, folder, true);
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(FileRequest.Kind kind) {
        Optional<List<Path>> hook = hooked(kind, null);
        if (hook.isPresent()) {
            return hook.get().stream().findFirst();
        }
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.openFile.title"));
        if (kind == FileRequest.Kind.OPEN_WEIGHTS) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.filter.ceweights"), "*.ceweights"));
        } else if (kind == FileRequest.Kind.OPEN_ROUND_PACKAGE) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.filter.ceround"), "*.ceround"));
        } else if (kind == FileRequest.Kind.OPEN_ROUND_DEFINITION) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.filter.json"), "*.json"));
        } else if (kind == FileRequest.Kind.OPEN_CSV || kind == FileRequest.Kind.OPEN_EVIDENCE || kind == FileRequest.Kind.OPEN_UNITS_CSV) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.filter.csv"), "*.csv"));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("dialog.filter.all"), "*"));
        startIn(chooser, kind);
        File file = MaximisedOwner.chooser(owner.get(), chooser::showOpenDialog);
        remember(kind, file, false);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(FileRequest.Kind kind, String suggestedName) {
        Optional<List<Path>> hook = hooked(kind, suggestedName);
        if (hook.isPresent()) {
            return hook.get().stream().findFirst();
        }
        Messages m = messages.get();
        boolean csv = kind == FileRequest.Kind.SAVE_CSV;
        String ext = switch (kind) {
            case SAVE_CSV -> ".csv";
            case SAVE_WEIGHTS -> ".ceweights";
            case SAVE_PDF -> ".pdf";
            case SAVE_XLSX -> ".xlsx";
            case SAVE_JSON -> ".json";
            case SAVE_ROUND_PACKAGE -> ".ceround";
            default -> ".cescore";
        };
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(csv ? "dialog.exportCsv.title" : ext.equals(".cescore") ? "dialog.exportScores.title"
                : "dialog.saveFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                m.get(csv ? "dialog.filter.csv" : ext.equals(".cescore") ? "dialog.filter.scoreFile"
                        : kind == FileRequest.Kind.SAVE_JSON ? "dialog.filter.decisionRecord"
                        : "dialog.filter." + ext.substring(1)), "*" + ext));
        chooser.setInitialFileName(suggestedName);
        startIn(chooser, kind);
        File file = MaximisedOwner.chooser(owner.get(), chooser::showSaveDialog);
        remember(kind, file, false);
        if (file == null) {
            return Optional.empty();
        }
        if (!file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
            file = new File(file.getParentFile(), file.getName() + ext);
        }
        return Optional.of(file.toPath());
    }
}
