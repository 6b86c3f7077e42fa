package jp.clustereval.roundpackage;

import java.time.Instant;
import java.util.List;

import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.RoundDefinition;
import jp.clustereval.domain.RoundKind;

/**
 * The content of a round package ({@code .ceround}, docs/round-package-format.md): one round as the
 * secretariat hands it to its evaluators, signed by a chair of the round. The grading definition
 * travels as the exact bytes of the round's definition file (docs/round-definition.md), weights
 * included; {@link #definition()} is those bytes read, under the package's round identity.
 *
 * @param fingerprint the round fingerprint of the definition ({@code sha256:...}, as score files carry it)
 * @param definitionFile the definition file's bytes (UTF-8 JSON), signed with everything else
 * @param evidence the units' achievements, unit by unit in the round's order
 */
public record RoundPackage(String appVersion, String roundId, LocalizedText name, RoundKind kind, String fingerprint,
                           byte[] definitionFile, RoundDefinition definition, List<Achievements> evidence,
                           List<Member> roster, List<Assignment> assignments, Signer signer, Instant madeAt) {

    public static final String FORMAT = "clustereval-round-package";
    public static final int VERSION = 1;
    /** A definition may take 32 MB (RoundDefinitionJson.MAX_BYTES); evidence and roster fit in the rest. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** The roles of a roster (the roster table's check): the same words as {@code roster add --role}. */
    public static final List<String> ROLES = List.of("evaluator", "weighting", "chair");
    public static final String CHAIR = "chair";
    /** A package's file name ends in this (the installer associates it with the desktop). */
    public static final String EXTENSION = ".ceround";

    /** True when a file name ends in {@value #EXTENSION}, in any case. */
    public static boolean hasExtension(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
    }

    public RoundPackage {
        definitionFile = definitionFile.clone();
        evidence = List.copyOf(evidence);
        roster = List.copyOf(roster);
        assignments = List.copyOf(assignments);
    }

    @Override
    public byte[] definitionFile() {
        return definitionFile.clone();
    }

    /** One person in one role of the round (a person in two roles is two members); email "" when none. */
    public record Member(String id, String name, String affiliation, String role, String email) {
    }

    /** An evaluator (a roster member in the role evaluator) grades the unit. */
    public record Assignment(String evaluatorId, String unit) {
    }

    /** Who signed: a chair of the round's roster, with the Ed25519 public key (base64 X.509) that signed. */
    public record Signer(String id, String name, String publicKey) {
    }
}
