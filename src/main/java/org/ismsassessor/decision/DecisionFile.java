package org.ismsassessor.decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.InputError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decisions file of {@code assess --decisions FILE}: a JSON array of decisions in the API's shape plus
 * {@code decidedBy} and {@code decidedOn} (and optionally {@code id} and {@code fingerprint}), checked by the same
 * rules as the service's, every error with its JSON path ({@code $[2].expiresOn}).
 */
public final class DecisionFile {
    private DecisionFile() {
    }

    /** The decisions of the file, or an empty list with {@code errors} filled when it has any. */
    public static List<Decision> read(Path file, List<InputError> errors) {
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    .readTree(Files.readAllBytes(file));
        } catch (IOException | JacksonException e) {
            errors.add(new InputError("$", "cannot read decisions file " + file + ": " + e.getMessage()));
            return List.of();
        }
        if (root == null || !root.isArray()) {
            errors.add(new InputError("$", "expected an array of decisions"));
            return List.of();
        }
        List<Decision> decisions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            String path = "$[" + i + "]";
            Decision d = DecisionRequests.read(root.get(i), path, DecisionRequests.Source.FILE, null, null, errors);
            if (d == null) {
                continue;
            }
            if (d.id() == null) {
                d = d.withId("D-" + (i + 1)); // by position: the same file always gives the same ids
            }
            if (!ids.add(d.id())) {
                errors.add(new InputError(path + ".id", "'" + d.id() + "' is the id of an earlier decision of the file"));
            }
            decisions.add(d);
        }
        return errors.isEmpty() ? List.copyOf(decisions) : List.of();
    }

    /**
     * Checks the decisions against the result they are applied to: a risk accepted for a finding raised now must be
     * an Annex A finding. A decision whose finding is not raised is not an error: it lapses, and the reports say so.
     */
    public static List<InputError> checkAgainst(List<Decision> decisions, AssessmentResult result) {
        Map<String, Finding> findings = new HashMap<>();
        result.findings().forEach(f -> findings.put(f.id(), f));
        List<InputError> errors = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            Finding finding = findings.get(d.findingId());
            if (finding != null && d.kind() == org.ismsassessor.finding.DecisionKind.RISK_ACCEPTED) {
                List<InputError> found = new ArrayList<>();
                DecisionRequests.checkAgainst(d.withSubjectCheckSkipped(), finding, "$[" + i + "]", found);
                errors.addAll(found);
            }
        }
        return errors;
    }
}
