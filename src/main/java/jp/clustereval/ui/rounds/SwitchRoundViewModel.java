package jp.clustereval.ui.rounds;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.clustereval.common.SafeText;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.RoundSummary;
import jp.clustereval.ui.common.AppState;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Messages;
import jp.clustereval.ui.common.Session;

/**
 * File &gt; Switch round: the rounds of the open database, and making one of them the current round.
 * The database stays open; a session for the chosen round is made on the worker and handed to the
 * main window, which reloads every view on it.
 */
public final class SwitchRoundViewModel {

    private final AppState app;
    private final BackgroundTasks tasks;
    private final Runnable flush;
    private final Consumer<Session> switchTo;
    private final ObservableList<RoundRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RoundRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty switched = new SimpleBooleanProperty(this, "switched");

    /**
     * @param flush    saves what the main window still waits to write (before the round changes)
     * @param switchTo makes the session of the chosen round the main window's (on the UI thread)
     */
    public SwitchRoundViewModel(AppState app, BackgroundTasks tasks, Runnable flush, Consumer<Session> switchTo) {
        this.app = app;
        this.tasks = tasks;
        this.flush = flush;
        this.switchTo = switchTo;
    }

    /** Reads the round list again; the current round is selected. */
    public void refresh() {
        Session s = app.session();
        if (s == null) {
            return;
        }
        Messages m = app.messages();
        tasks.run(() -> rowsOf(s.services().roundSetup().list(), m), fresh -> {
            rows.setAll(fresh);
            selected.set(fresh.stream().filter(RoundRow::current).findFirst().orElse(fresh.isEmpty() ? null : fresh.get(0)));
        });
    }

    static List<RoundRow> rowsOf(List<RoundSummary> rounds, Messages m) {
        Language language = m.language();
        return rounds.stream().map(r -> new RoundRow(r.id(), SafeText.line(r.name().in(language)),
                m.get("rounds.kind." + r.kind().code()), m.get("rounds.state." + r.state().code()), r.units(),
                r.cohort(), r.current(), r.current() ? m.get("rounds.current.yes") : "")).toList();
    }

    /** Switches to the selected round (see {@link #use(String)}); false when none is selected. */
    public boolean useSelected() {
        RoundRow row = selected.get();
        if (row == null) {
            return false;
        }
        use(row.id());
        return true;
    }

    /**
     * Makes the round current: stored as the database's current round (not in a read-only view,
     * which stores nothing), and the main window reloads on it. An unknown round is refused (its
     * message reaches the user) and nothing changes.
     */
    public void use(String roundId) {
        Session s = app.session();
        if (s == null) {
            return;
        }
        switched.set(false);
        flush.run(); // typed text of the round shown is written to that round first
        String actor = app.evaluator() == null ? "desktop" : app.evaluator().name();
        tasks.run(() -> {
            Session other = s.onRound(roundId);
            if (!s.readOnly()) {
                s.services().roundSetup().use(other.round().id(), actor);
            }
            return other;
        }, session -> {
            switchTo.accept(session);
            switched.set(true);
            refresh();
        });
    }

    public ObservableList<RoundRow> rows() {
        return rows;
    }

    public ObjectProperty<RoundRow> selectedProperty() {
        return selected;
    }

    /** Set when a switch asked for has been made (the dialog closes). */
    public BooleanProperty switchedProperty() {
        return switched;
    }
}
