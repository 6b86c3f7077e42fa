package jp.clustereval.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A round's grades, best first. Codes are matched without regard to case, because sub-items
 * are written s/a/b/c for the same four grades.
 */
public record GradeScale(List<GradeLevel> levels) {

    public GradeScale {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A grade scale needs at least one grade");
        }
        levels = List.copyOf(levels);
    }

    public Optional<GradeLevel> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        for (GradeLevel l : levels) { // a loop, not a stream: called for every grade of every imported sheet
            if (l.code().equals(wanted)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The value of a grade; throws, naming the valid grades, when the code is not on this scale. */
    public double value(String code) {
        return require(code).value();
    }

    public GradeLevel require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "Grade '" + code + "' is not on the scale: use one of " + codes()));
    }

    public String codes() {
        return levels.stream().map(GradeLevel::code).collect(Collectors.joining(", "));
    }

    public double min() {
        return levels.stream().mapToDouble(GradeLevel::value).min().orElseThrow();
    }

    public double max() {
        return levels.stream().mapToDouble(GradeLevel::value).max().orElseThrow();
    }
}
