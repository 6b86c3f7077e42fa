package jp.clustereval.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.clustereval.domain.allocation.Allocation;
import jp.clustereval.domain.allocation.AllocationRequest;
import jp.clustereval.domain.allocation.AllocationRule;
import jp.clustereval.domain.allocation.Allocator;
import jp.clustereval.domain.panel.CohortSpec;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.persistence.AllocationSettingDao;
import jp.clustereval.persistence.Database;

/**
 * The subsidy reflection: the pool shared among the cohort's ranked clusters by the chair's rule,
 * within floor and cap, adding up to the pool to the yen. A successful allocation's settings are
 * kept for the round; refused settings are not.
 */
public final class AllocationService {

    private final Database db;
    private final PanelService panel;

    public AllocationService(Database db, PanelService panel) {
        this.db = db;
        this.panel = panel;
    }

    public Allocation allocate(PanelService.Scope scope, AllocationRequest request) {
        PanelResults results = panel.results(scope);
        // only ranked clusters share the pool: one without a complete sheet has no total to share by
        List<Allocator.Candidate> candidates = results.clusters().stream().filter(c -> c.rank() > 0)
                .map(c -> new Allocator.Candidate(c.clusterCode(), c.total(), c.rank())).toList();
        return Allocator.allocate(request, candidates);
    }

    /** Allocates and, when that succeeded, keeps the settings as the round's last ones. */
    public Allocation allocateAndSave(PanelService.Scope scope, AllocationRequest request, String actor) {
        Allocation allocation = allocate(scope, request);
        RoundGuard.write(db, scope.roundId(), c -> {
            new AllocationSettingDao(c).save(new AllocationSettingDao.Row(scope.roundId(), request.poolYen(),
                    request.rule().tag(), request.floorYen(), request.hasCap() ? request.capYen() : null,
                    request.baselineYen(), request.tierStep(), scope.cohort().text(), Instant.now(), actor));
            return null;
        });
        return allocation;
    }

    /** The settings the round's last allocation was made with: what, over which cohort, by whom and when. */
    public record KeptSettings(AllocationRequest request, CohortSpec cohort, Instant savedAt, String savedBy) {
    }

    public Optional<KeptSettings> keptSettings(String roundId) {
        return db.query(c -> new AllocationSettingDao(c).find(roundId)).map(r -> new KeptSettings(
                new AllocationRequest(r.poolYen(), AllocationRule.parse(r.rule()), r.floorYen(),
                        r.capYen() == null ? Long.MAX_VALUE : r.capYen(), r.baselineYen(), r.tierStep()),
                CohortSpec.parse(r.cohort()), r.savedAt(), r.savedBy()));
    }
}
