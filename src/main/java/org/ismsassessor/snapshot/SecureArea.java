package org.ismsassessor.snapshot;

import java.util.List;

/** A physically secured area and its entry controls. */
public record SecureArea(String id, String name, List<String> entryControls) {
    public SecureArea {
        entryControls = Lists.orEmpty(entryControls);
    }
}
