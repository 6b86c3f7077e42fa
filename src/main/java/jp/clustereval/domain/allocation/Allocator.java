package jp.clustereval.domain.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.clustereval.common.Decimals;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Ranking;

/**
 * Shares a pool among ranked clusters. Each cluster's amount is clamp(lambda x share, floor, cap)
 * with the one lambda that makes the amounts add up to the pool (found by bisection: the sum only
 * grows with lambda), so floor and cap hold and the rest stays in proportion to the rule's shares.
 * Amounts are then cut to whole yen and the leftover yen go one each to the largest fractions
 * (ties: by cluster code), so the allocations add up to the pool exactly.
 */
public final class Allocator {

    /** A cluster to allocate to: its total score and rank. */
    public record Candidate(String clusterCode, double total, int rank) {
    }

    private Allocator() {
    }

    public static Allocation allocate(AllocationRequest req, List<Candidate> candidates) {
        check(req, candidates);
        int n = candidates.size();
        double[] shares = new double[n];
        Ranking.Tier[] tiers = new Ranking.Tier[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            tiers[i] = Ranking.tier(c.rank(), n);
            // the exact value the total stands for (as ranks and display use it): equal totals, equal shares
            shares[i] = req.rule() == AllocationRule.PROPORTIONAL ? Decimals.stored(c.total()) : req.baselineYen() * switch (tiers[i]) {
                case TOP -> 1 + req.tierStep();
                case MIDDLE -> 1.0;
                case BOTTOM -> 1 - req.tierStep();
            };
        }
        double[] exact = waterFill(req, shares);
        long[] yen = toWholeYen(req, exact, candidates);
        List<ClusterAllocation> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            rows.add(new ClusterAllocation(c.clusterCode(), c.total(), c.rank(), tiers[i], req.baselineYen(), yen[i]));
        }
        rows.sort(Comparator.comparingInt(ClusterAllocation::rank).thenComparing(ClusterAllocation::clusterCode));
        return new Allocation(req, rows);
    }

    private static void check(AllocationRequest req, List<Candidate> candidates) {
        int n = candidates.size();
        if (n == 0) {
            throw new UserFacingException("allocate.noClusters");
        }
        if (req.poolYen() <= 0) {
            throw new UserFacingException("allocate.pool", req.poolYen());
        }
        if (req.floorYen() < 0 || req.capYen() < 0 || req.baselineYen() <= 0) {
            throw new UserFacingException("allocate.negative");
        }
        if (req.capYen() < req.floorYen()) {
            throw new UserFacingException("allocate.capBelowFloor", req.capYen(), req.floorYen());
        }
        if (!(req.tierStep() >= 0 && req.tierStep() < 1)) {
            throw new UserFacingException("allocate.tierStep", req.tierStep());
        }
        if (times(req.floorYen(), n) > req.poolYen()) {
            throw new UserFacingException("allocate.floorTooHigh", req.poolYen(), n, req.floorYen());
        }
        if (req.hasCap() && times(req.capYen(), n) < req.poolYen()) {
            throw new UserFacingException("allocate.capTooLow", req.poolYen(), n, req.capYen());
        }
        for (Candidate c : candidates) {
            if (!(c.total() > 0)) {
                throw new UserFacingException("allocate.noTotal", c.clusterCode());
            }
        }
    }

    private static long times(long yen, int n) {
        try {
            return Math.multiplyExact(yen, n);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static double[] waterFill(AllocationRequest req, double[] shares) {
        double sumShares = 0;
        for (double s : shares) {
            sumShares += s;
        }
        double lo = 0;
        double hi = req.poolYen() / sumShares;
        while (sum(req, shares, hi) < req.poolYen()) {
            hi *= 2; // floors and caps can need a larger multiplier than the plain proportion
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (sum(req, shares, mid) < req.poolYen()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] amounts = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            amounts[i] = clamp(req, hi * shares[i]);
        }
        return amounts;
    }

    private static double sum(AllocationRequest req, double[] shares, double lambda) {
        double s = 0;
        for (double share : shares) {
            s += clamp(req, lambda * share);
        }
        return s;
    }

    private static double clamp(AllocationRequest req, double v) {
        return Math.max(req.floorYen(), Math.min(req.capYen(), v));
    }

    private static long[] toWholeYen(AllocationRequest req, double[] exact, List<Candidate> candidates) {
        int n = exact.length;
        long[] yen = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            yen[i] = Math.max(req.floorYen(), Math.min(req.capYen(), (long) Math.floor(exact[i])));
            sum += yen[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        long left = req.poolYen() - sum;
        // largest fractions first get the leftover yen; a negative leftover (rounding noise) is taken back
        order.sort(Comparator.<Integer>comparingDouble(i -> -(exact[i] - Math.floor(exact[i])))
                .thenComparing(i -> candidates.get(i).clusterCode()));
        List<Integer> reversed = new ArrayList<>(order);
        java.util.Collections.reverse(reversed);
        while (left != 0) {
            boolean moved = false;
            for (int i : left > 0 ? order : reversed) {
                if (left > 0 && yen[i] < req.capYen()) {
                    yen[i]++;
                    left--;
                    moved = true;
                } else if (left < 0 && yen[i] > req.floorYen()) {
                    yen[i]--;
                    left++;
                    moved = true;
                }
                if (left == 0) {
                    break;
                }
            }
            if (!moved) {
                throw new IllegalStateException("Cannot place " + left + " yen within floor and cap");
            }
        }
        return yen;
    }
}
