package jp.clustereval.ui.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javafx.util.Callback;

/**
 * Builds FXML controllers by constructor injection: each constructor parameter is filled with the
 * one given object of a matching type. Controllers therefore never look anything up themselves.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final List<Object> dependencies;
    private final List<Object> created = new ArrayList<>();

    public ControllerFactory(List<?> dependencies) {
        this.dependencies = List.copyOf(dependencies);
    }

    @Override
    public Object call(Class<?> type) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no public constructor"));
        Object[] args = Arrays.stream(constructor.getParameterTypes()).map(p -> resolve(type, p)).toArray();
        try {
            Object controller = constructor.newInstance(args);
            created.add(controller);
            return controller;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e.getCause());
        }
    }

    private Object resolve(Class<?> controller, Class<?> parameter) {
        List<Object> matches = dependencies.stream().filter(parameter::isInstance).toList();
        if (matches.size() != 1) {
            throw new IllegalStateException(controller.getSimpleName() + " needs one " + parameter.getSimpleName()
                    + " but " + matches.size() + " were given");
        }
        return matches.get(0);
    }

    /** Every controller made so far (the view's and its included views'). */
    public List<Object> created() {
        return List.copyOf(created);
    }
}
