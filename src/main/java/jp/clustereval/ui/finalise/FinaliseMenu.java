package jp.clustereval.ui.finalise;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.PersonLabels;
import jp.clustereval.ui.common.DialogService;
import jp.clustereval.ui.common.DialogService.FileRequest;
import jp.clustereval.ui.common.Messages;

/**
 * The Panel menu's Finalise round… and Reopen round…, and Reports &gt; Decision record…: asks (which
 * chair, why reopen, where to write) through the dialog service and leaves the work to
 * {@link FinaliseViewModel}; says when the round was finalised or reopened and where the record went.
 */
public final class FinaliseMenu {

    private final FinaliseViewModel vm;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Language> reportLanguage;

    public FinaliseMenu(FinaliseViewModel vm, DialogService dialogs, Messages messages, Supplier<Language> reportLanguage) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.messages = messages;
        this.reportLanguage = reportLanguage;
        vm.writtenProperty().addListener((obs, o, path) -> {
            if (path != null) {
                dialogs.notifyDone(messages.get("finalise.title"), messages.format("reports.written", path.toString()));
            }
        });
    }

    /** Asks which chair of the roster finalises the round, then finalises it. */
    public void finalise() {
        vm.loadChairs(chairs -> {
            if (chairs.isEmpty()) {
                dialogs.showInfo(messages.get("finalise.title"), messages.get("finalise.noChair"));
                return;
            }
            PersonLabels labels = PersonLabels.of(chairs);
            List<String> shown = chairs.stream().map(labels::label).toList();
            ChoiceDialog<String> dialog = new ChoiceDialog<>(shown.get(0), shown);
            dialog.setTitle(messages.get("finalise.title"));
            dialog.setHeaderText(messages.get("finalise.header"));
            dialog.setContentText(messages.get("finalise.chair"));
            dialogs.show(dialog, answer -> answer.ifPresent(label -> {
                Evaluator chair = chairs.get(shown.indexOf(label));
                vm.finalise(chair.id());
            }));
        });
    }

    /** Asks why the round is reopened, then reopens it (the reason is recorded). */
    public void reopen() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("finalise.reopen.title"));
        dialog.setHeaderText(messages.get("finalise.reopen.header"));
        dialog.setContentText(messages.get("finalise.reopen.reason"));
        dialogs.show(dialog, answer -> answer.ifPresent(vm::reopen));
    }

    /** Asks where to write the decision record (signed JSON, or a PDF in the reports' language) and writes it. */
    public void decisionRecord(boolean json) {
        Language language = reportLanguage.get();
        String name = "decision-record" + (json ? ".json" : (language == Language.JA ? "-ja" : "-en") + ".pdf");
        dialogs.chooseSaveFile(json ? FileRequest.Kind.SAVE_JSON : FileRequest.Kind.SAVE_PDF, name)
                .ifPresent(file -> vm.decisionRecord(file, language));
    }
}
