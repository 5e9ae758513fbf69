package org.ismsassessor.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * An edition of the standard with its own catalogue and rule pack. Adding one means adding its
 * catalogue under {@code catalogue/<id>/} and its rules under {@code rules/<id>/}; the engine is unchanged.
 */
public enum Edition {
    ISO27001_2005("iso27001-2005", "ISO/IEC 27001:2005");

    private final String id;
    private final String title;

    Edition(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Edition> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
