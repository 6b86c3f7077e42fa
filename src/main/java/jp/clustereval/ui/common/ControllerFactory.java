package jp.clustereval.ui.common;

import java.util.Set;

/**
 * Makes the controller an FXML view names ({@code fx:controller}), with its dependencies, by an
 * explicit constructor call per class (no reflection): a controller whose dependencies change
 * does not compile until its entry is changed too. The application's one is {@code ui.Controllers}.
 */
public interface ControllerFactory {

    /**
     * A new controller of this class.
     *
     * @throws IllegalStateException for a class this factory does not make
     */
    Object create(Class<?> type);

    /** Every controller class this factory makes. */
    Set<Class<?>> controllers();
}
