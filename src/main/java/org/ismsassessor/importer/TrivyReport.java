package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Trivy's JSON report ({@code trivy image|fs|repo --format json}, schema version 2): {@code ArtifactName} is the
 * target; each {@code Results[].Vulnerabilities[]} is a vulnerability with its {@code VulnerabilityID},
 * {@code PkgName}, {@code InstalledVersion} and {@code Severity}. Misconfigurations, secrets and licenses are not
 * vulnerabilities; they are counted in the output, not imported.
 */
final class TrivyReport {

    private TrivyReport() {
    }

    static ScanReport read(String file, JsonNode tree, SnapshotMerge merge) throws ExportException {
        if (!tree.isObject() || !tree.has("SchemaVersion")) {
            throw new ExportException(file + " $", "not a Trivy JSON report: expected an object with SchemaVersion,"
                    + " ArtifactName and Results (trivy ... --format json)");
        }
        JsonNode results = tree.path("Results");
        if (!results.isMissingNode() && !results.isNull() && !results.isArray()) {
            throw new ExportException(file + " $.Results", "expected a list of results");
        }
        Set<String> targets = new LinkedHashSet<>();
        String artifact = tree.path("ArtifactName").asString(null);
        if (artifact != null) {
            targets.add(artifact);
        }
        List<ScanItem> items = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            String path = "$.Results[" + i + "]";
            String target = artifact != null ? artifact : result.path("Target").asString(null);
            if (target == null) {
                throw new ExportException(file + " " + path + ".Target", "the report names no scanned target (ArtifactName"
                        + " or Target)");
            }
            targets.add(target);
            for (String other : List.of("Misconfigurations", "Secrets", "Licenses")) {
                int count = result.path(other).size();
                if (count > 0) {
                    merge.note(file + " " + path + "." + other, other + " (" + count + ") reported on "
                            + result.path("Target").asString(target) + " are not vulnerabilities: not imported");
                }
            }
            JsonNode vulnerabilities = result.path("Vulnerabilities");
            if (!vulnerabilities.isMissingNode() && !vulnerabilities.isNull() && !vulnerabilities.isArray()) {
                throw new ExportException(file + " " + path + ".Vulnerabilities", "expected a list of vulnerabilities");
            }
            for (int j = 0; j < vulnerabilities.size(); j++) {
                JsonNode v = vulnerabilities.get(j);
                String at = file + " " + path + ".Vulnerabilities[" + j + "]";
                String id = text(v, "VulnerabilityID", at, merge);
                String pkg = text(v, "PkgName", at, merge);
                String severity = text(v, "Severity", at, merge);
                if (id == null || pkg == null || severity == null || !ScanSeverity.rated(severity, at + ".Severity", merge)) {
                    continue;
                }
                String version = v.path("InstalledVersion").asString(null);
                items.add(new ScanItem(target, id, pkg, ScanSeverity.of(severity).orElse(null), severity,
                        id + " in " + pkg + (version == null ? "" : " " + version), at));
            }
        }
        return new ScanReport("trivy", List.copyOf(targets), items);
    }

    static String text(JsonNode node, String field, String at, SnapshotMerge merge) {
        String value = node.path(field).isString() ? node.path(field).asString().strip() : null;
        if (value == null || value.isEmpty()) {
            merge.error(at + "." + field, "missing: every vulnerability of the report has one");
            return null;
        }
        return value;
    }
}
