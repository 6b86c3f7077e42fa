package jp.clustereval.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import jp.clustereval.AppInfo;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.LocalizedText;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.persistence.ClusterDao;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * A synthetic but plausible round: N clusters (the 18 seeded ones first, then proposals
 * {@code P000019}...), M evaluators (each with a harshness of their own), every cluster graded by
 * K of them, grades drawn around the cluster's quality plus the evaluator's bias, Japanese
 * comments of realistic length. Everything is derived from the seed: the same seed gives the same
 * score files byte for byte (keys from a seeded SHA1PRNG, Ed25519 signatures are deterministic,
 * fixed times). Demo data to try the application with ({@code generate}); the benchmark (its own
 * jar) measures on it too.
 */
public final class SyntheticRound {

    /** The round every generated file belongs to (the seeded mid-term round, whose items apply to every cluster). */
    public static final String ROUND_ID = "mid-fy2004";
    static final Instant EXPORTED_AT = Instant.parse("2004-12-03T08:00:00Z");

    private static final String[] OPENINGS = {"全体として", "計画に対して", "中間時点で", "地域の産学官連携により", "研究開発の面では",
        "事業化に向けて", "人材育成については", "知的財産の取扱いでは", "拠点形成の観点から", "自治体の支援を受け"};
    private static final String[] BODIES = {"特許出願が当初計画を上回っている", "共同研究の件数が着実に増加している",
        "参加企業の裾野が広がりつつある", "研究テーマ間の連携が十分とは言えない", "事業化の道筋がまだ明確でない",
        "中核機関の役割分担が整理されている", "若手研究者の育成に成果が見られる", "成果の発信が限られている",
        "地域外の企業との連携が進んでいる", "目標の設定が抽象的で検証が難しい", "試作品の評価が順調に進んでいる",
        "研究資金の配分に偏りが見られる"};
    private static final String[] ENDINGS = {"。", "点は評価できる。", "ため、今後の改善を期待する。", "ことから、計画の見直しを検討されたい。",
        "が、引き続き注視が必要である。", "点を高く評価する。"};
    private static final String[] INDICATIONS = {"事業化の道筋を具体的に示すこと。", "成果指標を数値で設定すること。",
        "地域外との連携を強化すること。", "研究テーマの重点化を図ること。", "知的財産戦略を明確にすること。"};
    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "斎藤"};
    private static final String[] GIVEN = {"太郎", "花子", "健一", "美咲", "誠", "直樹", "陽子", "大輔", "恵", "浩二",
        "由美", "隆", "真理子", "翔", "智子"};
    private static final String[] AFFILIATIONS = {"東北大学", "大阪大学", "九州大学", "北海道大学", "名古屋大学", "京都大学",
        "産業技術総合研究所", "東京工業大学", "広島大学", "民間企業"};

    private final long seed;
    private final int clusters;
    private final int evaluators;
    private final int perCluster;

    public SyntheticRound(long seed, int clusters, int evaluators, int perCluster) {
        if (clusters < 1 || evaluators < 1 || perCluster < 1 || perCluster > evaluators) {
            throw new IllegalArgumentException("need clusters >= 1, evaluators >= 1, 1 <= per-cluster <= evaluators");
        }
        this.seed = seed;
        this.clusters = clusters;
        this.evaluators = evaluators;
        this.perCluster = perCluster;
    }

    public int clusters() {
        return clusters;
    }

    public int evaluators() {
        return evaluators;
    }

    public long sheets() {
        return (long) clusters * perCluster;
    }

    /** One generated evaluator: who, their bias, their key pair and the clusters they grade. */
    public record SyntheticEvaluator(int index, EvaluatorInfo info, KeyPair keys, double bias) {
    }

    /** The cluster codes: the seeded ones first (in seed order), then synthetic proposals. */
    public static List<String> clusterCodes(List<Cluster> seeded, int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(i < seeded.size() ? seeded.get(i).code() : proposalCode(i + 1));
        }
        return codes;
    }

    static String proposalCode(int number) {
        return String.format(Locale.ROOT, "P%06d", number);
    }

    /**
     * Creates the chair database skeleton: a new database (seeded with the 18 clusters and the
     * round), plus synthetic proposals up to N clusters. Refuses an existing file.
     */
    public List<String> createChairDatabase(Path file) {
        if (Files.exists(file)) {
            throw new jp.clustereval.common.UserFacingException("generate.dbExists", file.toString());
        }
        try (Database db = Database.open(file)) {
            return db.inTransaction(c -> {
                ClusterDao dao = new ClusterDao(c);
                List<Cluster> seeded = dao.findAll();
                List<String> codes = clusterCodes(seeded, clusters);
                RoundDao rounds = new RoundDao(c);
                for (int i = seeded.size(); i < clusters; i++) {
                    dao.insert(proposal(i + 1));
                    rounds.addUnit(ROUND_ID, proposalCode(i + 1), i); // the round evaluates its proposals too
                }
                return codes;
            });
        }
    }

    static Cluster proposal(int number) {
        String code = proposalCode(number);
        return new Cluster(code, new LocalizedText("提案 " + code, "Proposal " + code),
                new LocalizedText("全国", "Nationwide"), "", List.of(), 2005, "");
    }

    /** The round as stored in a database created by {@link #createChairDatabase}. */
    public static Round loadRound(Path chairDb) {
        try (Database db = Database.open(chairDb, true)) {
            return db.query(c -> new RoundDao(c).load(ROUND_ID)).orElseThrow();
        }
    }

    /** The evaluators, in order (keys derived from the seed). */
    public List<SyntheticEvaluator> evaluatorList() {
        // the salts of ids and keys keep their old "bench" wording: changing them would change every file a seed gives
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EED_E7A1L);
        List<SyntheticEvaluator> list = new ArrayList<>();
        for (int i = 0; i < evaluators; i++) {
            UUID id = UUID.nameUUIDFromBytes(("cluster-eval-bench:" + seed + ":" + i).getBytes(StandardCharsets.UTF_8));
            String name = FAMILY[r.nextInt(FAMILY.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
            String affiliation = AFFILIATIONS[r.nextInt(AFFILIATIONS.length)];
            double bias = gaussian(r) * 0.45; // < 0 harsh, > 0 lenient
            KeyPair keys = keyPair(seed, i);
            list.add(new SyntheticEvaluator(i, new EvaluatorInfo(id.toString(), name, affiliation,
                    Ed25519.encode(keys.getPublic())), keys, bias));
        }
        return list;
    }

    static KeyPair keyPair(long seed, int index) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(("cluster-eval-bench-key:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator g = KeyPairGenerator.getInstance(Ed25519.ALGORITHM);
            g.initialize(NamedParameterSpec.ED25519, random);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The evaluators grading cluster {@code c}: K consecutive slots of a seeded permutation, so every evaluator grades N*K/M clusters. */
    private int[] permutation() {
        int[] p = new int[evaluators];
        for (int i = 0; i < evaluators; i++) {
            p[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed ^ 0xA551_6E00L);
        for (int i = evaluators - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Per evaluator (in order), the indexes of the clusters they grade, ascending. */
    public List<int[]> assignments() {
        int[] perm = permutation();
        int[] count = new int[evaluators];
        for (long slot = 0; slot < (long) clusters * perCluster; slot++) {
            count[perm[(int) (slot % evaluators)]]++;
        }
        List<int[]> out = new ArrayList<>();
        int[] filled = new int[evaluators];
        for (int i = 0; i < evaluators; i++) {
            out.add(new int[count[i]]);
        }
        for (int cl = 0; cl < clusters; cl++) {
            for (int t = 0; t < perCluster; t++) {
                int e = perm[(int) (((long) cl * perCluster + t) % evaluators)];
                out.get(e)[filled[e]++] = cl;
            }
        }
        return out;
    }

    /**
     * The sheets of one evaluator, deterministic in (seed, evaluator, cluster): grades around the
     * cluster's quality plus the evaluator's bias; about one item in four commented, a few indications,
     * one sheet in twenty still a draft with an item ungraded.
     */
    public List<ScoreSheet> sheetsOf(SyntheticEvaluator e, int[] clusterIndexes, List<String> codes, Round round) {
        List<GradeLevel> levels = new ArrayList<>(round.scale().levels());
        levels.sort((a, b) -> Double.compare(a.value(), b.value()));
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int cl : clusterIndexes) {
            String code = codes.get(cl);
            SplittableRandom q = new SplittableRandom(seed * 31 + cl);
            double quality = gaussian(q) * 0.55;
            SplittableRandom r = new SplittableRandom(mix(seed, e.index(), cl));
            boolean draft = r.nextInt(20) == 0;
            List<Item> items = round.items().gradedItems(code);
            List<ItemEntry> entries = new ArrayList<>();
            int ungraded = draft ? r.nextInt(items.size()) : -1;
            for (int k = 0; k < items.size(); k++) {
                double v = 2.55 + quality + e.bias() + gaussian(r) * 0.55;
                int level = (int) Math.max(0, Math.min(levels.size() - 1, Math.round(v) - 1));
                String grade = k == ungraded ? null : levels.get(level).code();
                String comment = r.nextInt(4) == 0 ? comment(r) : "";
                String indication = r.nextInt(12) == 0 ? INDICATIONS[r.nextInt(INDICATIONS.length)] : "";
                if (grade != null || !comment.isEmpty() || !indication.isEmpty()) {
                    entries.add(new ItemEntry(items.get(k).id(), grade, comment, indication));
                }
            }
            Instant updated = EXPORTED_AT.minus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 20)));
            sheets.add(new ScoreSheet(code, draft ? SheetStatus.DRAFT : SheetStatus.COMPLETE, 1 + r.nextInt(6),
                    updated, comment(r) + comment(r), entries, true));
        }
        return sheets;
    }

    /** One signed score file of an evaluator. */
    public byte[] file(SyntheticEvaluator e, int[] clusterIndexes, List<String> codes, Round round, String fingerprint) {
        ScoreFile content = new ScoreFile(ScoreFile.VERSION, AppInfo.version(),
                EXPORTED_AT.plusSeconds(60L * e.index()), round.id(), fingerprint, e.info(),
                sheetsOf(e, clusterIndexes, codes, round));
        return ScoreFileJson.signed(content, e.keys().getPrivate());
    }

    /** Writes every evaluator's file into the folder, one after another (never all in memory). */
    public void writeFiles(Path dir, List<String> codes, Round round, Consumer<Path> written) {
        String fingerprint = RoundFingerprint.of(round);
        List<int[]> assignments = assignments();
        for (SyntheticEvaluator e : evaluatorList()) {
            Path out = dir.resolve(fileName(e.index()));
            try {
                Files.write(out, file(e, assignments.get(e.index()), codes, round, fingerprint));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            written.accept(out);
        }
    }

    static String fileName(int index) {
        return String.format(Locale.ROOT, "evaluator-%05d%s", index + 1, ScoreFile.EXTENSION);
    }

    /** clusters.csv: the clusters of the round (code, Japanese and English name), for people and scripts. */
    public static void writeClusterList(Path file, List<String> codes) {
        StringBuilder sb = new StringBuilder("code\n");
        codes.forEach(c -> sb.append(c).append('\n'));
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String comment(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + r.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            sb.append(OPENINGS[r.nextInt(OPENINGS.length)]).append('、').append(BODIES[r.nextInt(BODIES.length)])
                    .append(ENDINGS[r.nextInt(ENDINGS.length)]);
        }
        return sb.toString();
    }

    private static long mix(long seed, int evaluator, int cluster) {
        long h = seed * 0x9E3779B97F4A7C15L + evaluator;
        return h * 0xBF58476D1CE4E5B9L + cluster;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
