package jp.clustereval.domain.allocation;

import java.util.Locale;

import jp.clustereval.common.UserFacingException;

/** How the pool is shared: in proportion to the total scores, or by rank tiers around the baseline. */
public enum AllocationRule {
    PROPORTIONAL, TIERS;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AllocationRule parse(String text) {
        for (AllocationRule r : values()) {
            if (r.tag().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw new UserFacingException("allocate.rule", String.valueOf(text));
    }
}
