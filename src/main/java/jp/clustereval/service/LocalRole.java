package jp.clustereval.service;

import java.util.Optional;

/**
 * The first-start answer of the person using a database on this machine (app_meta.local_role):
 * they grade clusters, or they chair the panel / run the secretariat (then they are on the current
 * round's roster as chair).
 */
public enum LocalRole {
    GRADER("grader"), CHAIR("chair");

    private final String stored;

    LocalRole(String stored) {
        this.stored = stored;
    }

    /** The value in app_meta. */
    public String stored() {
        return stored;
    }

    static Optional<LocalRole> of(String stored) {
        for (LocalRole r : values()) {
            if (r.stored.equals(stored)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
