package org.ismsassessor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ismsassessor.assessment.AssessmentResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complete result as JSON. Deterministic: fields in declaration order, lists already sorted, no
 * clock, so the same snapshot and date give byte-identical output.
 */
public final class JsonReport {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            // Results saved by format 1.0 lack the numbers 2.0 added (evidence coverage, a finding's count): they are
            // still read, those numbers as 0, so earlier results and stored histories can be compared.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonReport() {
    }

    public static String write(AssessmentResult result) {
        return MAPPER.writeValueAsString(result) + "\n";
    }

    /** The mapper that reads results back (tests, and comparing results over time). */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
