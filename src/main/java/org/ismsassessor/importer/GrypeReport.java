package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Grype's JSON report ({@code grype TARGET -o json}): {@code source.target} is the target (its {@code userInput} for
 * an image); each {@code matches[]} is a vulnerability with {@code vulnerability.id} and {@code vulnerability.severity}
 * in the package {@code artifact.name} at {@code artifact.version}.
 */
final class GrypeReport {

    private GrypeReport() {
    }

    static ScanReport read(String file, JsonNode tree, SnapshotMerge merge) throws ExportException {
        if (!tree.isObject() || !tree.path("matches").isArray()) {
            throw new ExportException(file + " $.matches", "not a Grype JSON report: expected an object with the list"
                    + " 'matches' (grype ... -o json)");
        }
        JsonNode source = tree.path("source").path("target");
        String target = source.isString() ? source.asString()
                : source.path("userInput").asString(source.path("imageID").asString(source.path("path").asString(null)));
        List<ScanItem> items = new ArrayList<>();
        JsonNode matches = tree.path("matches");
        for (int i = 0; i < matches.size(); i++) {
            JsonNode match = matches.get(i);
            String at = file + " $.matches[" + i + "]";
            String id = TrivyReport.text(match.path("vulnerability"), "id", at + ".vulnerability", merge);
            String severity = TrivyReport.text(match.path("vulnerability"), "severity", at + ".vulnerability", merge);
            String pkg = TrivyReport.text(match.path("artifact"), "name", at + ".artifact", merge);
            if (id == null || severity == null || pkg == null
                    || !ScanSeverity.rated(severity, at + ".vulnerability.severity", merge)) {
                continue;
            }
            String version = match.path("artifact").path("version").asString(null);
            items.add(new ScanItem(target, id, pkg, ScanSeverity.of(severity).orElse(null), severity,
                    id + " in " + pkg + (version == null ? "" : " " + version), at));
        }
        return new ScanReport("grype", target == null ? List.of() : List.of(target), items);
    }
}
