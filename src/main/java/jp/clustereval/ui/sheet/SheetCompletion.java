package jp.clustereval.ui.sheet;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jp.clustereval.service.SheetData;
import jp.clustereval.service.SheetKey;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/** "Mark complete": flags the ungraded items, or writes the status when every item is graded. */
final class SheetCompletion {

    private SheetCompletion() {
    }

    static List<String> markComplete(AppState app, BackgroundTasks tasks, SheetKey target, List<ItemViewModel> items,
                                     SheetMessage message, Consumer<SheetData> saved, Supplier<SheetKey> shown) {
        Session session = app.session();
        List<String> missing = new SheetScoring(session.round(), target.clusterCode(), items).missing(items);
        for (ItemViewModel i : items) {
            i.missingProperty().set(missing.contains(i.id()));
        }
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            message.set(() -> app.messages().format("sheet.missing", missing.size(), list), true);
            return missing;
        }
        tasks.run(() -> session.services().grading().markComplete(target, SheetViewModel.SOURCE), data -> {
            saved.accept(data);
            if (target.equals(shown.get())) {
                message.set(() -> app.messages().get("sheet.markedComplete"), false);
            }
        }, failure -> { });
        return List.of();
    }
}
