package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How a risk level follows from impact and likelihood. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum LevelFormula {
    PRODUCT {
        @Override
        public int level(int impact, int likelihood) {
            return saturated((long) impact * likelihood);
        }
    },
    SUM {
        @Override
        public int level(int impact, int likelihood) {
            return saturated((long) impact + likelihood);
        }
    },
    MAX {
        @Override
        public int level(int impact, int likelihood) {
            return Math.max(impact, likelihood);
        }
    };

    public abstract int level(int impact, int likelihood);

    /** Scales up to 2147483647 are accepted: a level beyond an int stays the largest int instead of turning negative. */
    private static int saturated(long level) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, level));
    }
}
