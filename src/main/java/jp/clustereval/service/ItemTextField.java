package jp.clustereval.service;

/** The two texts an evaluator writes per item. */
public enum ItemTextField {
    COMMENT("comment"), INDICATION("indication");

    private final String auditName;

    ItemTextField(String auditName) {
        this.auditName = auditName;
    }

    public String auditName() {
        return auditName;
    }
}
