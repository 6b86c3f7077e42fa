package jp.clustereval.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;

/**
 * Fills a new database with the 18 clusters, the FY2004 mid-term evaluation round and its evidence
 * (the clusters' FY2002-2004 achievements), from the files under {@code resources/seed}.
 */
final class Seeder {

    static final String ACHIEVEMENT_PERIOD = "FY2002-2004";

    private final Connection c;

    Seeder(Connection c) {
        this.c = c;
    }

    void seed() throws SQLException {
        List<Cluster> clusters = clusters();
        ClusterDao clusterDao = new ClusterDao(c);
        for (Cluster cluster : clusters) {
            clusterDao.insert(cluster);
        }
        RoundDefinition seeded = seededRound(clusters);
        new RoundDao(c).insert(seeded, Instant.now(), "seed");
        String roundId = seeded.round().id();
        EvidenceDao evidence = new EvidenceDao(c);
        for (Achievements a : achievements()) {
            evidence.insert(roundId, a);
        }
    }

    /** The seeded FY2004 mid-term round as a definition (what a new database starts with), read from the seed files. */
    static RoundDefinition seededRound() {
        return seededRound(clusters());
    }

    static List<Cluster> clusters() {
        List<Cluster> clusters = new ArrayList<>();
        for (CSVRecord r : csv("seed/clusters.csv")) {
            List<String> fields = Arrays.stream(r.get("fields").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            clusters.add(new Cluster(r.get("code"), new LocalizedText(r.get("name_ja"), r.get("name_en")),
                    new LocalizedText(r.get("area_ja"), r.get("area_en")), r.get("prefecture_en"), fields,
                    Integer.parseInt(r.get("start_fy")), r.get("wide_area")));
        }
        return clusters;
    }

    private static List<Achievements> achievements() {
        List<Achievements> result = new ArrayList<>();
        for (CSVRecord r : csv("seed/achievements_fy2002_2004.csv")) {
            Map<String, Long> metrics = new LinkedHashMap<>();
            for (String column : r.getParser().getHeaderNames()) {
                if (!"code".equals(column)) {
                    metrics.put(column, Long.parseLong(r.get(column)));
                }
            }
            result.add(new Achievements(r.get("code"), ACHIEVEMENT_PERIOD, metrics));
        }
        return result;
    }

    private static RoundDefinition seededRound(List<Cluster> clusters) {
        String json = Migrator.resource("seed/round_mid_fy2004.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GradeLevel> levels = new ArrayList<>();
        root.get("grades").forEach(g -> levels.add(new GradeLevel(g.get("code").asText(), g.get("value").asDouble(),
                text(g, "ja", "en"))));
        List<Axis> axes = new ArrayList<>();
        root.get("axes").forEach(a -> axes.add(new Axis(a.get("code").asText(), text(a, "ja", "en"),
                a.get("weight").asDouble())));
        List<Item> items = new ArrayList<>();
        for (JsonNode i : root.get("items")) {
            items.add(new Item(i.get("id").asText(), i.path("parent").asText(null),
                    ItemKind.valueOf(i.get("kind").asText().toUpperCase(Locale.ROOT)), i.path("axis").asText(null),
                    null, text(i, "ja", "en"), text(i, "desc_ja", "desc_en"), i.path("weight").asDouble(1),
                    items.size()));
        }
        int cohortYear = root.get("cohort_start_fy").asInt();
        Set<String> cohort = clusters.stream().filter(cl -> cl.startFiscalYear() == cohortYear)
                .map(Cluster::code).collect(Collectors.toSet());
        Round round = new Round(root.get("id").asText(), text(root, "name_ja", "name_en"), new GradeScale(levels),
                axes, new ItemTree(items), cohort);
        // the seeded round evaluates every seeded cluster, in the order of the cluster list (start year, then seed order)
        List<Cluster> units = clusters.stream()
                .sorted(java.util.Comparator.comparingInt(Cluster::startFiscalYear)).toList();
        return new RoundDefinition(round, RoundKind.MID_TERM, root.get("fiscal_year").asInt(), units);
    }

    private static LocalizedText text(JsonNode node, String ja, String en) {
        return new LocalizedText(node.path(ja).asText(""), node.path(en).asText(""));
    }

    private static List<CSVRecord> csv(String resource) {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Migrator.resource(resource)))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
