package jp.clustereval.ui.common;

/** A controller that listens to longer-lived view models and must stop when its view is replaced. */
public interface Disposable {

    void dispose();
}
