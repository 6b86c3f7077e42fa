import java.nio.file.Path;

import jp.clustereval.service.ItemTextField;
import jp.clustereval.service.Services;
import jp.clustereval.service.SheetKey;

/**
 * What the desktop's sheet does and the command line of that version cannot: an item's
 * indications, the sheet's overall comment, marking a sheet complete. Calls that version's
 * GradingService exactly as its SheetViewModel does (source "gui").
 *
 * <pre>java -cp cluster-eval.jar SheetEdit.java DB EVALUATOR_ID CLUSTER indication ITEM TEXT
 *     ... sheet-comment TEXT
 *     ... complete</pre>
 */
public class SheetEdit {

    public static void main(String[] args) {
        try (Services s = Services.open(Path.of(args[0]), false)) {
            SheetKey key = new SheetKey(s.rounds().current().id(), args[1], args[2]);
            switch (args[3]) {
                case "indication" -> s.grading().setItemText(key, args[4], ItemTextField.INDICATION, args[5], "gui");
                case "sheet-comment" -> s.grading().setSheetComment(key, args[4], "gui");
                case "complete" -> s.grading().markComplete(key, "gui");
                default -> throw new IllegalArgumentException(args[3]);
            }
        }
    }
}
