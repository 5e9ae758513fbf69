package org.ismsassessor.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * An edition of the standard with its own catalogue and rule pack. Adding one means adding its
 * catalogue under {@code catalogue/<id>/} and its rules under {@code rules/<id>/}; the engine is unchanged.
 * An edition's catalogue can ship before its rule pack: until the pack exists the catalogue can be listed, but
 * nothing is assessed against the edition (see {@code RuleBase.hasRulePack}).
 */
public enum Edition {
    ISO27001_2005("iso27001-2005", "ISO/IEC 27001:2005"),
    ISO27001_2022("iso27001-2022", "ISO/IEC 27001:2022 with Amd 1:2024");

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

    /** The ids of every edition, in order, for messages listing what is accepted. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Edition::id).toList());
    }

    /**
     * The known edition a snapshot's top-level {@code edition} names, read from a parser at the document's start by
     * streaming past everything else (the edition picks the catalogue and loader, so it is read before loading);
     * empty for anything else: no object, no edition, an unknown one. The caller's parser may throw on bad JSON.
     */
    public static Optional<Edition> namedIn(tools.jackson.core.JsonParser parser) {
        if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            tools.jackson.core.JsonToken value = parser.nextToken();
            if ("edition".equals(name)) {
                return value == tools.jackson.core.JsonToken.VALUE_STRING ? byId(parser.getString()) : Optional.empty();
            }
            parser.skipChildren();
        }
        return Optional.empty();
    }

    public static Optional<Edition> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
