package jp.clustereval.domain.panel;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;

/**
 * Which clusters are compared: the round's own cohort (default: the FY2002 clusters), a start year
 * ({@code fy2003}), a wide area ({@code kansai}, {@code kyushu}), a field ({@code field:IT}) or {@code all}.
 */
public record CohortSpec(String text) {

    public static final CohortSpec ROUND = new CohortSpec("round");

    public static CohortSpec parse(String text) {
        if (text == null || text.isBlank()) {
            return ROUND;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        boolean ok = t.equals("round") || t.equals("all") || t.matches("fy\\d{4}") || t.startsWith("field:")
                || t.matches("[a-z]+");
        if (!ok) {
            throw new UserFacingException("cohort.unknown", text);
        }
        return new CohortSpec(t);
    }

    /** The member codes among the given clusters; refused when the choice matches none. */
    public Set<String> members(Round round, List<Cluster> clusters) {
        Set<String> codes;
        if (text.equals("round")) {
            codes = round.cohort();
        } else if (text.equals("all")) {
            codes = clusters.stream().map(Cluster::code).collect(Collectors.toSet());
        } else if (text.matches("fy\\d{4}")) {
            int year = Integer.parseInt(text.substring(2));
            codes = select(clusters, c -> c.startFiscalYear() == year);
        } else if (text.startsWith("field:")) {
            String field = text.substring("field:".length()).strip();
            codes = select(clusters, c -> c.fields().stream().anyMatch(f -> f.equalsIgnoreCase(field)));
        } else {
            codes = select(clusters, c -> c.wideArea().equalsIgnoreCase(text));
        }
        if (codes.isEmpty()) {
            throw new UserFacingException("cohort.empty", text);
        }
        return Set.copyOf(codes);
    }

    private static Set<String> select(List<Cluster> clusters, java.util.function.Predicate<Cluster> p) {
        return clusters.stream().filter(p).map(Cluster::code).collect(Collectors.toSet());
    }

    /** "round" means the round's cohort; anything else names itself. */
    public boolean isRoundDefault() {
        return text.equals("round");
    }
}
