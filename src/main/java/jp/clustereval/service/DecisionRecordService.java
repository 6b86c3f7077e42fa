package jp.clustereval.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.clustereval.AppInfo;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.decisionrecord.DecisionRecord;
import jp.clustereval.decisionrecord.DecisionRecord.Person;
import jp.clustereval.decisionrecord.DecisionRecordJson;
import jp.clustereval.decisionrecord.DecisionRecordVerifier;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Finalisation;
import jp.clustereval.domain.Language;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.UnitNote;
import jp.clustereval.domain.allocation.Allocation;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.ClusterAllocation;
import jp.clustereval.domain.panel.ClusterFigures;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.sensitivity.ClusterSensitivity;
import jp.clustereval.domain.sensitivity.SensitivityReport;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.RoundDao;
import jp.clustereval.report.DecisionRecordPdf;
import jp.clustereval.report.ReportText;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.RoundFingerprint;

/**
 * The decision record of a finalised round: gathered from the services that show each part elsewhere
 * (weights and their history, COI, completeness, conflicts, keys, results and sensitivity as the
 * panel report computes them, the allocation with the round's saved settings, the meeting's consensus
 * comments and discussion notes), then written as JSON
 * signed by the chair who finalised the round (with their key on this machine) or as a PDF.
 * Only a final round has one: its figures cannot change under the record.
 */
public final class DecisionRecordService {

    /** The sensitivity analysis of the record: the panel report's defaults (ReportService.Options.defaults). */
    static final int DRAWS = 1000;
    static final long SEED = 1;

    private final Services s;

    DecisionRecordService(Services services) {
        this.s = services;
    }

    /** The record of the round (null: the current round); refused while the round is not final. */
    public DecisionRecord record(String roundId) {
        Round round = s.rounds().require(roundId);
        Finalisation fin = s.finalisation().state(round.id())
                .orElseThrow(() -> new UserFacingException("decision.notFinal", round.id()));
        RoundDao.Header header = s.database().query(c -> new RoundDao(c).header(round.id())).orElseThrow();
        Map<String, String> names = s.evaluators().all().stream()
                .collect(Collectors.toMap(Evaluator::id, Evaluator::name, (a, b) -> a));
        Completeness matrix = s.completeness().matrix(round.id());
        Set<String> people = matrix.evaluators().stream().map(Evaluator::id).collect(Collectors.toSet());
        var pair = s.keys().ownKeyPair(fin.chairId());
        PanelService.Scope scope = PanelService.Scope.cohortOf(round.id());
        return new DecisionRecord(AppInfo.version(),
                new DecisionRecord.RoundRef(round.id(), header.name(), header.kind(), RoundFingerprint.of(round)),
                fin.at(), new Person(fin.chairId(), fin.chairName()), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                weights(round, names), cois(round, names), sheets(matrix, Completeness.State.EXCLUDED, names),
                partial(matrix, names), resolved(round, names), (int) s.conflicts().list(round.id(), true).size(),
                keys(people, names), renames(people), results(round, scope), allocation(round), units(round),
                new DecisionRecord.Signer(fin.chairId(), fin.chairName(), Ed25519.encode(pair.getPublic())));
    }

    /**
     * Writes the round's record: signed JSON for a {@code .json} file, a PDF in the language for a
     * {@code .pdf} file, whole or not at all. Returns the file.
     */
    public Path write(String roundId, Path out, Language language) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".pdf")) {
            throw new UserFacingException("report.format", out.toString(), ".json or .pdf");
        }
        DecisionRecord r = record(roundId);
        byte[] bytes = json ? DecisionRecordJson.signed(r, s.keys().ownKeyPair(r.signer().id()).getPrivate())
                : DecisionRecordPdf.write(r, new ReportText(language));
        ScoreFileExporter.write(out, bytes);
        return out;
    }

    /** Checks a record file's signature (read bounded); refused with a {@code decision.*} message. */
    public DecisionRecordVerifier.Verified verify(Path file) {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, DecisionRecord.MAX_BYTES);
        } catch (jp.clustereval.common.FileRefusedException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new UserFacingException(e, "decision.unreadable", jp.clustereval.common.SafeText.line(file.toString()));
        }
        return DecisionRecordVerifier.verify(bytes);
    }

    private DecisionRecord.WeightsPart weights(Round round, Map<String, String> names) {
        WeightSet set = Weights.current(round);
        List<WeightChange> history = s.weights().history(round.id());
        if (history.isEmpty()) {
            return new DecisionRecord.WeightsPart("definition", null, null, set.axes(), set.items(), null, null);
        }
        WeightChange last = history.get(history.size() - 1);
        DecisionRecord.Ahp ahp = "ahp".equals(last.source()) ? new DecisionRecord.Ahp(
                last.consistencyRatio() == null ? 0 : last.consistencyRatio(), s.weights().ahpMatrix(last.id()).orElse(null)) : null;
        DecisionRecord.WeightsFile file = "file".equals(last.source()) ? new DecisionRecord.WeightsFile(last.signerId(),
                names.getOrDefault(last.signerId(), last.setBy()), last.keyFingerprint(), last.fileSha256(), last.acceptedBy(),
                last.acceptReason()) : null;
        return new DecisionRecord.WeightsPart(last.source(), last.setBy(), last.setAt(), set.axes(), set.items(), ahp, file);
    }

    private List<DecisionRecord.Coi> cois(Round round, Map<String, String> names) {
        List<DecisionRecord.Coi> out = new ArrayList<>();
        for (ConflictOfInterest c : s.coi().list(round.id())) {
            out.add(new DecisionRecord.Coi(person(c.evaluatorId(), names), c.clusterCode(), c.note() == null ? "" : c.note(),
                    c.createdAt(), c.createdBy(), c.included(), c.includeReason(), c.includedBy()));
        }
        return out;
    }

    private static List<DecisionRecord.SheetRef> sheets(Completeness m, Completeness.State state, Map<String, String> names) {
        List<DecisionRecord.SheetRef> out = new ArrayList<>();
        for (Evaluator e : m.evaluators()) {
            for (String unit : m.clusters()) {
                Completeness.Cell cell = m.cell(e.id(), unit);
                if (cell != null && cell.state() == state) {
                    out.add(new DecisionRecord.SheetRef(person(e.id(), names), unit));
                }
            }
        }
        return out;
    }

    private static List<DecisionRecord.PartialSheet> partial(Completeness m, Map<String, String> names) {
        List<DecisionRecord.PartialSheet> out = new ArrayList<>();
        for (Evaluator e : m.evaluators()) {
            for (String unit : m.clusters()) {
                Completeness.Cell cell = m.cell(e.id(), unit);
                if (cell != null && cell.state() == Completeness.State.PARTIAL) {
                    out.add(new DecisionRecord.PartialSheet(person(e.id(), names), unit, cell.graded(), cell.total()));
                }
            }
        }
        return out;
    }

    private List<DecisionRecord.ResolvedConflict> resolved(Round round, Map<String, String> names) {
        List<DecisionRecord.ResolvedConflict> out = new ArrayList<>();
        for (SheetConflict c : s.conflicts().list(round.id(), false)) {
            if (!c.isOpen()) {
                out.add(new DecisionRecord.ResolvedConflict(c.id(), person(c.evaluatorId(), names), c.clusterCode(),
                        c.revision(), c.fileName(), c.detectedAt(), c.resolution(), c.resolvedBy(), c.reason()));
            }
        }
        return out;
    }

    /** The keys the chair decided on (verified or overridden) of the people whose sheets the round has. */
    private List<DecisionRecord.KeyDecision> keys(Set<String> people, Map<String, String> names) {
        List<DecisionRecord.KeyDecision> out = new ArrayList<>();
        for (PinnedKey k : s.keys().pinnedKeys()) {
            if (people.contains(k.evaluatorId()) && !"first_use".equals(k.trust())) {
                out.add(new DecisionRecord.KeyDecision(person(k.evaluatorId(), names), k.fingerprint(), k.trust(), k.at(),
                        k.actor(), k.reason()));
            }
        }
        return out;
    }

    private List<DecisionRecord.NameDecision> renames(Set<String> people) {
        List<DecisionRecord.NameDecision> out = new ArrayList<>();
        for (EvaluatorDao.Rename r : s.database().query(c -> new EvaluatorDao(c).renames())) {
            if (people.contains(r.evaluatorId())) {
                out.add(new DecisionRecord.NameDecision(r.evaluatorId(), r.oldName(), r.newName(), r.at(), r.actor(), r.reason()));
            }
        }
        return out;
    }

    private DecisionRecord.ResultsPart results(Round round, PanelService.Scope scope) {
        PanelResults results = s.panel().results(scope);
        SensitivityReport sensitivity = s.panel().sensitivity(scope, DRAWS, SEED);
        Map<String, ClusterSensitivity> verdicts = new HashMap<>();
        sensitivity.clusters().forEach(c -> verdicts.put(c.clusterCode(), c));
        List<DecisionRecord.UnitResult> units = new ArrayList<>();
        for (ClusterFigures f : results.clusters()) {
            if (!Double.isFinite(f.total())) {
                continue; // no sheet counted (none complete, or all excluded): nothing was decided on it
            }
            Cluster cluster = s.clusters().require(f.clusterCode());
            Map<String, Double> axes = new java.util.LinkedHashMap<>();
            f.axes().forEach((code, score) -> {
                if (Double.isFinite(score.value())) {
                    axes.put(code, score.value());
                }
            });
            ClusterSensitivity v = verdicts.get(f.clusterCode());
            units.add(new DecisionRecord.UnitResult(f.clusterCode(), cluster.name(), f.rank(), f.total(), f.evaluators(),
                    f.partial(), axes, v != null && v.robust(), v == null ? 0 : v.bestRank(), v == null ? 0 : v.worstRank(),
                    v == null ? 0 : v.tierChangeShare(), v == null ? 0 : v.bootTierChangeShare()));
        }
        return new DecisionRecord.ResultsPart(results.basis(), results.cohort(), sensitivity.draws(), sensitivity.seed(),
                sensitivity.perturbation(), units);
    }

    /** The allocation with the round's last saved settings (null when none were saved). */
    private DecisionRecord.AllocationPart allocation(Round round) {
        AllocationService.KeptSettings kept = s.allocation().keptSettings(round.id()).orElse(null);
        if (kept == null) {
            return null;
        }
        AllocationRequest request = kept.request();
        Allocation a = s.allocation().allocate(new PanelService.Scope(round.id(), kept.cohort(), true, false), request);
        List<DecisionRecord.UnitAllocation> units = new ArrayList<>();
        for (ClusterAllocation c : a.clusters()) {
            units.add(new DecisionRecord.UnitAllocation(c.clusterCode(), c.rank(), c.tier().name().toLowerCase(Locale.ROOT),
                    c.baselineYen(), c.allocationYen()));
        }
        return new DecisionRecord.AllocationPart(request.poolYen(), request.rule().tag(), request.floorYen(),
                request.hasCap() ? request.capYen() : null, request.baselineYen(), request.tierStep(), units, a.sumYen());
    }

    /** The meeting's consensus comments and discussion notes, of the units that have either, in the round's order. */
    private List<DecisionRecord.UnitNotes> units(Round round) {
        List<DecisionRecord.UnitNotes> out = new ArrayList<>();
        for (UnitNote n : s.notes().notesOf(round.id())) {
            if (!n.isEmpty()) {
                out.add(new DecisionRecord.UnitNotes(n.clusterCode(), n.consensus(), n.note()));
            }
        }
        return out;
    }

    private static Person person(String id, Map<String, String> names) {
        return new Person(id, names.getOrDefault(id, id));
    }
}
