package jp.clustereval.domain;

/** One of a round's result axes (A R&D ... E Cluster formation) with its weight in the total. */
public record Axis(String code, LocalizedText name, double weight) {

    /** "A R&D" / "A 研究開発": the label the published charts use. */
    public String label(Language language) {
        return code + " " + name.in(language);
    }
}
