package org.ismsassessor.snapshot;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** How a risk level follows from impact and likelihood. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum LevelFormula {
    PRODUCT {
        @Override
        public int level(int impact, int likelihood) {
            return impact * likelihood;
        }
    },
    SUM {
        @Override
        public int level(int impact, int likelihood) {
            return impact + likelihood;
        }
    },
    MAX {
        @Override
        public int level(int impact, int likelihood) {
            return Math.max(impact, likelihood);
        }
    };

    public abstract int level(int impact, int likelihood);
}
