package jp.clustereval.domain.allocation;

import java.util.List;

/** The allocation of a pool: one row per cluster (by rank); the amounts add up to the pool exactly. */
public record Allocation(AllocationRequest request, List<ClusterAllocation> clusters) {

    public Allocation {
        clusters = List.copyOf(clusters);
    }

    public long sumYen() {
        return clusters.stream().mapToLong(ClusterAllocation::allocationYen).sum();
    }

    public boolean addsUp() {
        return sumYen() == request.poolYen();
    }
}
