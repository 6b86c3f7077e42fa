package jp.clustereval.domain;

/**
 * A node of a round's item tree. Graded items carry the axis they count in; sub-items belong to
 * their parent's axis and may be specific to one cluster (clusterCode), e.g. its research themes.
 */
public record Item(String id, String parentId, ItemKind kind, String axisCode, String clusterCode,
                   LocalizedText name, LocalizedText description, double weight, int order) {

    public boolean appliesTo(String cluster) {
        return clusterCode == null || clusterCode.equals(cluster);
    }

    public boolean isGradable() {
        return kind != ItemKind.HEADING;
    }
}
