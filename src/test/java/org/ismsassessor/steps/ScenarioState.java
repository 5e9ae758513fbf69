package org.ismsassessor.steps;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one scenario builds and observes: the snapshot as JSON (so every scenario goes through the real
 * loader and its checks), and after assessment the result or the input errors.
 */
public final class ScenarioState {
    static final JsonMapper JSON = JsonMapper.shared();

    final ObjectNode snapshot = JSON.createObjectNode();
    AssessmentResult result;
    List<InputError> inputErrors = List.of();
    /** The assessor's interval settings: the defaults, or those with an override file given (--intervals). */
    IntervalSettings intervals = IntervalSettings.defaults();

    public ScenarioState() {
        snapshot.put("formatVersion", "1.0");
        snapshot.put("edition", "iso27001-2005");
        snapshot.put("name", "scenario");
        ObjectNode organization = snapshot.putObject("organization");
        organization.put("id", "ORG");
        organization.put("name", "Example Ltd");
    }

    /** The edition's engine: the one the snapshot names (the features folder it runs from sets it). */
    TestEngine.Pack pack() {
        return TestEngine.of(org.ismsassessor.catalogue.Edition.byId(snapshot.get("edition").asString()).orElseThrow());
    }

    void assess(LocalDate date) {
        byte[] json = JSON.writeValueAsString(snapshot).getBytes(StandardCharsets.UTF_8);
        LoadResult loaded = pack().loader().load(json);
        if (loaded instanceof LoadResult.Rejected rejected) {
            inputErrors = rejected.errors();
            result = null;
            return;
        }
        result = pack().assessment().assess((LoadResult.Loaded) loaded, date, intervals);
    }

    List<Finding> findingsAgainst(String requirement) {
        if (result == null) {
            throw new AssertionError("The snapshot was not assessed; input errors: " + inputErrors);
        }
        return result.findings().stream().filter(f -> f.isAgainst(requirement))
                .flatMap(f -> itemsAgainst(f, requirement).stream()).toList();
    }

    /**
     * A finding as the per-requirement scenarios read it: one view per item it lists against the requirement (a
     * grouped finding lists several; each view keeps the group's kind and subjects, its own subject first). The
     * grouping itself is asserted by the whole-result scenarios.
     */
    private static List<Finding> itemsAgainst(Finding f, String requirement) {
        // A group of controls (or a systemic finding) lists each item against its own requirement; any other group,
        // against all its requirements.
        java.util.Set<String> subjectsAgainstIt = f.items().stream().filter(item -> item.requirement().equals(requirement))
                .map(item -> item.subject()).collect(java.util.stream.Collectors.toSet());
        return f.perItem().stream().filter(view -> subjectsAgainstIt.isEmpty() || subjectsAgainstIt.contains(view.subject()))
                .toList();
    }

}
