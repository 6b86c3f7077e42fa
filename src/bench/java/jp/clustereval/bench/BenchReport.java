package jp.clustereval.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A bench run as JSON: {"machine": {...}, "cases": [{"name", "median_ms", "floor_ms", "ratio", "target", "met", ...}]}. */
public record BenchReport(Map<String, Object> machine, List<CaseResult> cases) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", JSON.valueToTree(machine));
        ArrayNode list = root.putArray("cases");
        for (CaseResult c : cases) {
            ObjectNode n = list.addObject();
            n.put("name", c.name());
            n.put("median_ms", c.medianMs());
            n.put("floor_ms", c.floorMs());
            n.put("ratio", c.ratio());
            n.put("target", c.target());
            n.put("met", c.met());
            n.put("skipped", c.skipped());
            n.put("min_ms", c.minMs());
            n.put("max_ms", c.maxMs());
            ArrayNode runs = n.putArray("runs_ms");
            for (double r : c.runsMs()) {
                runs.add(r);
            }
            n.put("size", c.size());
            if (c.value() != null) {
                n.put("value", c.value());
                n.put("unit", c.unit());
            }
            n.put("note", c.note());
            if (c.extra() != null) {
                c.extra().forEach((k, v) -> n.set(k, JSON.valueToTree(v)));
            }
        }
        return root;
    }

    public void write(Path file) {
        try {
            Files.writeString(file, JSON.writeValueAsString(json()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A markdown table: case, median, floor, ratio, target, met. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| case | size | median ms (min-max) | floor ms | ratio | target | met |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (CaseResult c : cases) {
            if (c.skipped()) {
                sb.append("| ").append(c.name()).append(" | | skipped: ").append(c.note()).append(" | | | ")
                        .append(c.target()).append(" | skipped |\n");
                continue;
            }
            sb.append(String.format(java.util.Locale.ROOT, "| %s | %s | %.1f (%.1f-%.1f) | %s | %s | %s | %s |%n",
                    c.name(), c.size(), c.medianMs(), c.minMs(), c.maxMs(),
                    c.floorMs() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", c.floorMs()),
                    c.ratio() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", c.ratio()),
                    c.target(), c.met() ? "yes" : "**no**"));
        }
        return sb.toString();
    }
}
