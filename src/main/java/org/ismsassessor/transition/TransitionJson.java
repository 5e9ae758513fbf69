package org.ismsassessor.transition;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The transition report as JSON: fields in declaration order, lists in the standard's order, nothing from the clock. */
public final class TransitionJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private TransitionJson() {
    }

    public static String write(TransitionReport report) {
        return MAPPER.writeValueAsString(report) + "\n";
    }
}
