package jp.clustereval.ui.weights;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;

/**
 * One AHP pair as the scale of a paper form, 9 ... 1 ... 9 between the two axes: one click on a
 * position (on the line or on its number) is the judgement; from the keyboard, the arrows move one
 * step, a digit 1-9 puts the first axis that many times ahead (Shift+digit: the second) and moves on
 * to the next pair. It replaced a drop-down that took two clicks a pair (ten pairs: twenty clicks).
 */
final class AhpScale {

    private final Slider slider = new Slider(-8, 8, 0);
    private final PairRow pair;
    private final ChangeListener<Number> fromPair;
    private final Runnable next;

    /** @param next where the keyboard goes after a digit typed (the next pair) */
    AhpScale(PairRow pair, Runnable next) {
        this.pair = pair;
        this.next = next;
        slider.setId("ahp_" + pair.a() + pair.b());
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.setPrefWidth(380);
        slider.setAccessibleText(pair.label());
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return Integer.toString(Math.abs((int) Math.round(position)) + 1);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        slider.setValue(PairRow.position(pair.judgementProperty().get()));
        slider.valueProperty().addListener((obs, o, n) -> {
            int position = (int) Math.round(n.doubleValue());
            if (position == n.doubleValue()) { // a position on the scale, not a thumb on its way
                pair.judgementProperty().set(PairRow.judgementAt(position));
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                slider.setValue(Math.round(slider.getValue()));
            }
        });
        fromPair = (obs, o, n) -> slider.setValue(PairRow.position(n.intValue()));
        pair.judgementProperty().addListener(fromPair);
        // a click anywhere on the scale but its thumb (the numbers too, not only the thin line) sets it
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::typed);
    }

    Node node() {
        return slider;
    }

    /** Stops following the pair (the grid is being rebuilt). */
    void dispose() {
        pair.judgementProperty().removeListener(fromPair);
    }

    private void pressed(MouseEvent e) {
        Node thumb = slider.lookup(".thumb");
        if (thumb != null && thumb.localToScene(thumb.getBoundsInLocal()).contains(e.getSceneX(), e.getSceneY())) {
            return;
        }
        if (slider.lookup(".axis") instanceof NumberAxis axis) {
            double x = axis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            slider.requestFocus();
            slider.setValue(Math.max(-8, Math.min(8, Math.round(axis.getValueForDisplay(x).doubleValue()))));
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        int digit = digit(e.getCode());
        if (digit < 1 || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        e.consume();
        int judgement = digit == 1 ? 1 : e.isShiftDown() ? -digit : digit;
        pair.judgementProperty().set(judgement);
        slider.setValue(PairRow.position(judgement));
        // on to the next pair: typing ten digits fills ten pairs
        next.run();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName(); // "1", "Numpad 1"
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
