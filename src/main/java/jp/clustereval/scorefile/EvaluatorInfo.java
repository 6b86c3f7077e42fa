package jp.clustereval.scorefile;

/** Who signed a score file: the evaluator's UUID, name, affiliation and public key (X.509, base64). */
public record EvaluatorInfo(String id, String name, String affiliation, String publicKey) {

    public EvaluatorInfo {
        affiliation = affiliation == null ? "" : affiliation;
    }
}
