package jp.clustereval.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/**
 * Screen-reader labels: every control the keyboard can reach must have a name a screen reader
 * reads, its own text, a label pointing at it (labelFor) or an accessible text.
 */
final class AccessibilityAudit {

    private AccessibilityAudit() {
    }

    /** The controls reachable by keyboard without any name (id or class, for the message). Call on the FX thread. */
    static List<String> unlabelled(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        Set<Node> labelled = new HashSet<>();
        for (Node n : all) {
            if (n instanceof Label l && l.getLabelFor() != null) {
                labelled.add(l.getLabelFor());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Node n : all) {
            if (!(n instanceof Control c) || !c.isFocusTraversable() || !c.isVisible() || c.isDisabled()) {
                continue;
            }
            boolean named = notBlank(c.getAccessibleText()) || labelled.contains(c)
                    || (c instanceof Labeled l && notBlank(l.getText()));
            if (!named) {
                missing.add(c.getId() != null ? "#" + c.getId() : c.getClass().getSimpleName() + c.getStyleClass());
            }
        }
        return missing;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
