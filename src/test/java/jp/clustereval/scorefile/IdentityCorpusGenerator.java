package jp.clustereval.scorefile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.weightsfile.WeightsFile;
import jp.clustereval.weightsfile.WeightsFileWriter;

/**
 * Writes the identity part of the attack corpus (src/test/resources/cescore-corpus/identity): files
 * that are well-formed and correctly signed, and still must not be taken as their evaluator's (or
 * as the weighting group's), given what the chair's database holds. Each case names the setup it
 * needs (files accepted before it, evaluators added by hand, the local evaluator, the roster), the
 * batch it is imported in (in that order) and the outcome, message key and English message it gets.
 * The expected messages are written here by hand; {@link IdentityCorpusTest} checks them and that
 * the hostile batch changes nothing stored. Run again only when the seeded round changes:
 * {@code mvn -o test -Dtest=WriteIdentityCorpus -Dcescore.identity.write=true}.
 */
final class IdentityCorpusGenerator {

    static final String ALICE = "a11ce000-0000-4000-8000-000000000001";
    static final String BOB = "b0b00000-0000-4000-8000-000000000002";
    static final String CHAIR = "c4a1e000-0000-4000-8000-000000000003";
    static final String HAND = "4a4d0000-0000-4000-8000-000000000004";
    static final String NEW = "0e000000-0000-4000-8000-000000000005";
    static final String FRESH = "f7e54000-0000-4000-8000-000000000006";
    static final String SHARED_1 = "5a4e0000-0000-4000-8000-000000000007";
    static final String SHARED_2 = "5a4e0000-0000-4000-8000-000000000008";
    static final String MEMBER = "3e3b0000-0000-4000-8000-000000000009";
    static final String STRANGER = "57a40000-0000-4000-8000-00000000000a";

    private final Round round;
    private final KeyPair alice = Ed25519.generate();
    private final KeyPair bob = Ed25519.generate();
    private final KeyPair mallory = Ed25519.generate();
    private final KeyPair first = Ed25519.generate();
    private final KeyPair second = Ed25519.generate();
    private final KeyPair named = Ed25519.generate();
    private final KeyPair shared = Ed25519.generate();
    private final KeyPair member = Ed25519.generate();
    private final KeyPair stranger = Ed25519.generate();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<String> manifest = new ArrayList<>();

    IdentityCorpusGenerator(Round round) {
        this.round = round;
    }

    private static String fp(KeyPair k) {
        return Ed25519.fingerprint(Ed25519.encode(k.getPublic()));
    }

    private byte[] scores(String id, String name, String affiliation, KeyPair key, int revision) {
        List<ItemEntry> items = List.of(new ItemEntry("1.1", "A", "", ""), new ItemEntry("4", "B", "", ""));
        ScoreSheet sap = new ScoreSheet("SAP", SheetStatus.DRAFT, revision, Instant.parse("2004-12-01T09:30:00Z"), "",
                items, true);
        ScoreFile f = new ScoreFile(1, "0.1.0", Instant.parse("2004-12-03T08:00:00Z"), round.id(),
                RoundFingerprint.of(round), new EvaluatorInfo(id, name, affiliation, Ed25519.encode(key.getPublic())),
                List.of(sap));
        return ScoreFileJson.signed(f, key.getPrivate());
    }

    private byte[] weights(String id, String name, String affiliation, KeyPair key) {
        WeightSet set = Weights.current(round);
        WeightsFile f = new WeightsFile("0.1.0", round.id(), id, name, affiliation, Ed25519.encode(key.getPublic()),
                Instant.parse("2004-11-20T09:00:00Z"), "direct", null, set.axes(), set.items());
        return WeightsFileWriter.signed(f, key.getPrivate());
    }

    private void file(String name, byte[] bytes) {
        files.put(name, bytes);
    }

    /** A manifest line: the file, its setup, its batch, what it gets. */
    private void expect(String file, String setup, String batch, String outcome, String key, String message) {
        manifest.add(String.join("\t", file, setup, batch, outcome, key, message));
    }

    void build() {
        String upper = ALICE.toUpperCase(java.util.Locale.ROOT);
        String aliceLabel = "Alice Example (Univ A)";
        file("setup-alice.cescore", scores(ALICE, "Alice Example", "Univ A", alice, 1));
        file("setup-bob.cescore", scores(BOB, "Bob Builder", "Univ B", bob, 1));
        file("setup-member.ceweights", weights(MEMBER, "Omomi Hanako", "MEXT", member));
        String withAlice = "import:setup-alice.cescore";

        file("I01-upper-id-capital-name.cescore", scores(upper, "ALICE EXAMPLE", "Univ A", alice, 2));
        expect("I01-upper-id-capital-name.cescore", withAlice, "I01-upper-id-capital-name.cescore", "HELD",
                "import.nameDiffers", "The file names its evaluator \"ALICE EXAMPLE (Univ A)\" (id " + ALICE
                        + "), but this database holds them as \"" + aliceLabel + "\". The file is held: ask the evaluator,"
                        + " then accept it (import ... --accept-name " + ALICE + " --reason TEXT: the stored name and"
                        + " affiliation become the file's) or leave it.");

        file("I02-upper-id-stranger-key.cescore", scores(upper, "Alice Example", "Univ A", mallory, 2));
        expect("I02-upper-id-stranger-key.cescore", withAlice, "I02-upper-id-stranger-key.cescore", "REJECTED",
                "import.keyMismatch", "The file is signed by " + aliceLabel + " with key " + fp(mallory) + ", but key "
                        + fp(alice) + " is pinned for this evaluator. Check with the evaluator; accept the new key only"
                        + " explicitly, naming the fingerprint you checked and a reason (import ... --accept-key ID"
                        + " --fingerprint HEX --reason TEXT).");

        file("I03-known-key-fresh-id.cescore", scores(FRESH, "Mallory", "Univ M", alice, 1));
        expect("I03-known-key-fresh-id.cescore", withAlice, "I03-known-key-fresh-id.cescore", "REJECTED",
                "import.keyOfAnother", "The file names its evaluator Mallory (Univ M), but it is signed with key "
                        + fp(alice) + ", which belongs to " + aliceLabel
                        + ". A key belongs to one evaluator: the file is refused.");

        file("I04-local-evaluator-other-key.cescore", scores(CHAIR, "Chair Person", "Univ C", mallory, 1));
        expect("I04-local-evaluator-other-key.cescore", "local:" + CHAIR + ":Chair Person:Univ C",
                "I04-local-evaluator-other-key.cescore", "REJECTED", "import.localEvaluator",
                "The file names Chair Person (Univ C), the evaluator who uses this database on this machine, but it is"
                        + " signed with key " + fp(mallory) + ", which is not their key on this machine. Their sheets"
                        + " are graded here: the file is refused.");

        file("I05-hand-added-other-name.cescore", scores(HAND, "Someone Else", "Univ S", mallory, 1));
        expect("I05-hand-added-other-name.cescore", "evaluator:" + HAND + ":Hanako Tegaki:Univ H",
                "I05-hand-added-other-name.cescore", "HELD", "import.nameDiffers",
                "The file names its evaluator \"Someone Else (Univ S)\" (id " + HAND + "), but this database holds them"
                        + " as \"Hanako Tegaki (Univ H)\". The file is held: ask the evaluator, then accept it (import ..."
                        + " --accept-name " + HAND + " --reason TEXT: the stored name and affiliation become the file's)"
                        + " or leave it.");

        String a = "I06a-two-keys-first.cescore";
        String b = "I06b-two-keys-second.cescore";
        file(a, scores(NEW, "New Evaluator", "Univ N", first, 1));
        file(b, scores(NEW, "New Evaluator", "Univ N", second, 2));
        Map<String, String> byKey = new TreeMap<>(Map.of(fp(first), a, fp(second), b));
        String keys = String.join("; ", byKey.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
        String twoKeys = "The files of this import sign for New Evaluator (Univ N) with 2 different keys, and no key is"
                + " stored for them yet: " + keys + ". No key is pinned by the order of the files: all are held. Check"
                + " the key with the evaluator and accept it: import ... --accept-key " + NEW
                + " --fingerprint HEX --reason TEXT.";
        for (String batch : List.of(a + "," + b, b + "," + a)) {
            expect(a, "", batch, "HELD", "import.keysInBatch", twoKeys);
            expect(b, "", batch, "HELD", "import.keysInBatch", twoKeys);
        }

        String n1 = "I07a-two-names-first.cescore";
        String n2 = "I07b-two-names-second.cescore";
        file(n1, scores(NEW, "Name One", "Univ N", named, 1));
        file(n2, scores(NEW, "Name Two", "Univ N", named, 2));
        String twoNames = "The files of this import name evaluator " + NEW + " in 2 different ways: \"Name One (Univ N)\" ("
                + n1 + "); \"Name Two (Univ N)\" (" + n2 + "). They are held: import them one at a time and decide on"
                + " each name.";
        for (String batch : List.of(n1 + "," + n2, n2 + "," + n1)) {
            expect(n1, "", batch, "HELD", "import.namesInBatch", twoNames);
            expect(n2, "", batch, "HELD", "import.namesInBatch", twoNames);
        }

        String s1 = "I08a-one-key-two-ids.cescore";
        String s2 = "I08b-one-key-two-ids.cescore";
        file(s1, scores(SHARED_1, "Shared One", "Univ S", shared, 1));
        file(s2, scores(SHARED_2, "Shared Two", "Univ S", shared, 1));
        String sharedKey = "Key " + fp(shared) + " signs files for more than one evaluator in this import: Shared One"
                + " (Univ S), Shared Two (Univ S). A key belongs to one evaluator: these files are refused.";
        expect(s1, "", s1 + "," + s2, "REJECTED", "import.keyShared", sharedKey);
        expect(s2, "", s1 + "," + s2, "REJECTED", "import.keyShared", sharedKey);

        file("I09-upper-id-key-of-another.cescore", scores(upper, "Alice Example", "Univ A", bob, 2));
        expect("I09-upper-id-key-of-another.cescore", withAlice + ";import:setup-bob.cescore",
                "I09-upper-id-key-of-another.cescore", "REJECTED", "import.keyOfAnother",
                "The file names its evaluator " + aliceLabel + ", but it is signed with key " + fp(bob)
                        + ", which belongs to Bob Builder (Univ B). A key belongs to one evaluator: the file is refused.");

        String notMember = ", who is not in the weighting group of round " + round.id() + ". Nothing was changed. Register"
                + " them (roster add --round " + round.id() + " --evaluator ID --role weighting), or accept this file"
                + " explicitly after checking the key with them (weights import FILE --accept-signer ";
        file("W01-unknown-signer.ceweights", weights(STRANGER, "Stranger", "Nowhere", stranger));
        expect("W01-unknown-signer.ceweights", "", "W01-unknown-signer.ceweights", "REFUSED",
                "weightsfile.notInWeightingGroup", "The weights file is signed by Stranger (Nowhere) (id " + STRANGER
                        + ") with the key " + fp(stranger) + notMember + STRANGER + " --fingerprint HEX --reason TEXT).");

        String withMember = "evaluator:" + MEMBER + ":Omomi Hanako:MEXT;roster:" + MEMBER + ":weighting";
        file("W02-member-other-key.ceweights", weights(MEMBER, "Omomi Hanako", "MEXT", mallory));
        expect("W02-member-other-key.ceweights", withMember + ";weights:setup-member.ceweights",
                "W02-member-other-key.ceweights", "REFUSED", "weightsfile.keyMismatch",
                "The weights file is signed by Omomi Hanako (MEXT) with the key " + fp(mallory) + ", but this database"
                        + " has " + fp(member) + " pinned for them. Nothing was changed. Accept the new key only after"
                        + " checking it with them: weights import FILE --accept-signer " + MEMBER
                        + " --fingerprint HEX --reason TEXT.");

        file("W03-key-of-another.ceweights", weights(FRESH, "Fresh Signer", "Univ F", alice));
        expect("W03-key-of-another.ceweights", withAlice, "W03-key-of-another.ceweights", "REFUSED",
                "weightsfile.keyOfAnother", "The weights file is signed by Fresh Signer (Univ F) (id " + FRESH
                        + ") with the key " + fp(alice) + ", which belongs to " + aliceLabel
                        + ". A key belongs to one person: the file is refused. Nothing was changed.");

        file("W04-evaluator-not-in-group.ceweights", weights(ALICE, "Alice Example", "Univ A", alice));
        expect("W04-evaluator-not-in-group.ceweights", withAlice, "W04-evaluator-not-in-group.ceweights", "REFUSED",
                "weightsfile.notInWeightingGroup", "The weights file is signed by " + aliceLabel + " (id " + ALICE
                        + ") with the key " + fp(alice) + notMember + ALICE + " --fingerprint HEX --reason TEXT).");

        file("W05-member-other-name.ceweights", weights(MEMBER, "Someone Else", "MEXT", member));
        expect("W05-member-other-name.ceweights", withMember, "W05-member-other-name.ceweights", "REFUSED",
                "weightsfile.nameDiffers", "The weights file names its signer \"Someone Else (MEXT)\" (id " + MEMBER
                        + "), but this database holds them as \"Omomi Hanako (MEXT)\". Nothing was changed. Accept it"
                        + " explicitly after asking them: weights import FILE --accept-signer " + MEMBER
                        + " --fingerprint HEX --reason TEXT.");
    }

    void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(dir.resolve("expected.tsv"), "# file<TAB>setup (steps separated by ';': import:FILE,"
                + " weights:FILE, evaluator:ID:NAME:AFFILIATION, local:ID:NAME:AFFILIATION, roster:ID:ROLE)<TAB>batch"
                + " (files imported together, in this order)<TAB>outcome (REFUSED: a weights file)<TAB>message key<TAB>"
                + "expected English message\n" + String.join("\n", manifest) + "\n", StandardCharsets.UTF_8);
    }
}
