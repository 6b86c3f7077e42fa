package jp.clustereval.service;

import java.util.Map;

/**
 * The chair's decisions for an import: keys accepted although another key is pinned (evaluator id
 * to the reason, recorded with the new key), and who imports (recorded with every stored file).
 */
public record ImportOptions(Map<String, String> acceptedNewKeys, String actor) {

    public ImportOptions {
        acceptedNewKeys = Map.copyOf(acceptedNewKeys);
        actor = actor == null || actor.isBlank() ? "chair" : actor;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), "chair");
    }
}
