package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
import jp.clustereval.roundpackage.RoundPackage;
import jp.clustereval.roundpackage.RoundPackageReader;
import jp.clustereval.roundpackage.RoundPackageWriter;
import jp.clustereval.rounddef.RoundDefinitionJson;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * The example of docs/round-package-format.md is a real package: it verifies (signed with RFC 8032's
 * TEST 1 key), passes every check of the reader, meets the schema, and is exactly what the writer
 * writes from its content. On a mismatch the expected text is in target/round-package-example.json.
 */
class RoundPackageFormatDocTest {

    static final Path DOC = Path.of("docs/round-package-format.md");

    static RoundPackage example() {
        LocalizedText name = new LocalizedText("都市エリア評価 FY2006", "City Area evaluation FY2006");
        Cluster unit = new Cluster("CA01", new LocalizedText("函館エリア", "Hakodate Area"), new LocalizedText("函館", "Hakodate"),
                "Hokkaido", List.of("Life Sciences"), 2005, "");
        GradeScale scale = new GradeScale(List.of(new GradeLevel("A", 2, new LocalizedText("計画どおり", "As planned")),
                new GradeLevel("B", 1, new LocalizedText("計画を下回る", "Below the plan"))));
        List<Axis> axes = List.of(new Axis("A", new LocalizedText("研究開発", "R&D"), 0.5),
                new Axis("B", new LocalizedText("自立性", "Autonomy"), 0.25),
                new Axis("C", new LocalizedText("体制", "Management"), 0.25));
        List<Item> items = List.of(
                new Item("1", null, ItemKind.GRADED, "A", null, new LocalizedText("研究の進捗", "Research progress"),
                        new LocalizedText("", ""), 1, 0),
                new Item("2", null, ItemKind.GRADED, "B", null, new LocalizedText("自立化", "Autonomy"), new LocalizedText("", ""), 1, 1),
                new Item("3", null, ItemKind.GRADED, "C", null, new LocalizedText("推進体制", "Management"), new LocalizedText("", ""), 1, 2));
        Round round = new Round("city-fy2006", name, scale, axes, new ItemTree(items), Set.of("CA01"));
        RoundDefinition d = new RoundDefinition(round, RoundKind.OTHER, 2006, List.of(unit));
        Map<String, Long> metrics = new LinkedHashMap<>();
        metrics.put("patents", 12L);
        metrics.put("papers", 30L);
        PrivateKey key = key();
        String publicKey = TEST1_PUBLIC_KEY;
        return new RoundPackage("0.1.0", round.id(), name, RoundKind.OTHER, RoundFingerprint.of(round),
                RoundDefinitionJson.write(d), d, List.of(new Achievements("CA01", "FY2005-2006", metrics)),
                List.of(new RoundPackage.Member("6a1c3f0e-2b4d-4e8f-9a7b-0c1d2e3f4a5b", "佐藤 委員長", "事務局", "chair", ""),
                        new RoundPackage.Member("7b2d4e1f-3c5e-4f9a-8b6c-1d2e3f4a5b6c", "山田 花子", "北海道大学", "evaluator",
                                "hanako@example.jp")),
                List.of(new RoundPackage.Assignment("7b2d4e1f-3c5e-4f9a-8b6c-1d2e3f4a5b6c", "CA01")),
                new RoundPackage.Signer("6a1c3f0e-2b4d-4e8f-9a7b-0c1d2e3f4a5b", "佐藤 委員長", publicKey),
                Instant.parse("2006-10-02T09:00:00Z"));
    }

    static PrivateKey key() {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519,
                    HexFormat.of().parseHex(FileSchemasTest.RFC8032_TEST1_SECRET)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 8032 TEST 1's public key, X.509 SubjectPublicKeyInfo in base64. */
    static final String TEST1_PUBLIC_KEY = java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(
            "302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));

    @Test
    void theDocumentedPackageVerifiesMeetsTheSchemaAndIsWhatTheWriterWrites() throws Exception {
        String written = new String(RoundPackageWriter.signed(example(), key()), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/round-package-example.json"), written, StandardCharsets.UTF_8);
        String block = FileSchemasTest.block(DOC, "<!-- round-package-example: signed file -->");
        assertEquals(written, block + "\n", "the example, character for character");
        RoundPackage parsed = RoundPackageReader.parse(block.getBytes(StandardCharsets.UTF_8)); // verifies everything
        assertEquals("city-fy2006", parsed.roundId());
        assertEquals(List.of(), FileSchemasTest.errors(FileSchemasTest.schema("ceround-v1.schema.json"),
                FileSchemasTest.M.readTree(block)));
    }
}
