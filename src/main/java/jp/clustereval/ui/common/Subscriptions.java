package jp.clustereval.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Listeners a controller adds to view models, removed together when the view is replaced. */
public final class Subscriptions implements Disposable {

    private final List<Runnable> removals = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public void onInvalidate(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public <E> void onListChange(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    @Override
    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
