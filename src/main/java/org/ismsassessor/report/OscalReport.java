package org.ismsassessor.report;

import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.catalogue.Requirement;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.finding.Subject;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result as NIST OSCAL 1.1.2 assessment results, so it flows into OSCAL tools: one result whose reviewed
 * controls are every assessed requirement and control, one observation per finding (its explanation and
 * evidence paths) and one finding per finding, with its kind and priority as props: its target is "satisfied"
 * for an observation (conforming, but worth attention) and "not-satisfied" for a nonconformity or a gap, with the
 * kind as the reason and the grading's plain words as remarks.
 * Deterministic: name-based UUIDs, timestamps at the assessment date's midnight UTC.
 */
public final class OscalReport {
    public static final String OSCAL_VERSION = "1.1.2";
    private static final String NS = "https://ismsassessor.org/ns/oscal";
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OscalReport() {
    }

    /** OSCAL ids are tokens, which cannot start with a digit: clause ids get a "clause-" prefix. */
    static String controlId(String id) {
        return Character.isDigit(id.charAt(0)) ? "clause-" + id : id;
    }

    public static String write(AssessmentResult result, Catalogue catalogue) {
        String seed = result.snapshot().sha256() + "|" + result.assessmentDate() + "|" + result.assessor().ruleSetVersion();
        String timestamp = result.assessmentDate() + "T00:00:00Z";
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode ar = root.putObject("assessment-results");
        ar.put("uuid", DeterministicUuid.of("assessment-results|" + seed));
        ObjectNode metadata = ar.putObject("metadata");
        metadata.put("title", "ISMS assessment of " + ReportView.organization(result) + " against " + catalogue.edition().title());
        metadata.put("last-modified", timestamp);
        metadata.put("version", result.assessor().ruleSetVersion());
        metadata.put("oscal-version", OSCAL_VERSION);
        ArrayNode metaProps = metadata.putArray("props");
        prop(metaProps, "assessor", result.assessor().name() + " " + result.assessor().version());
        prop(metaProps, "verdict", result.readiness().verdict().name().toLowerCase().replace('_', '-'));
        prop(metaProps, "overall-readiness", String.format(java.util.Locale.ROOT, "%.1f", result.readiness().overall()));
        ar.putObject("import-ap").put("href", "urn:ismsassessor:assessment-plan:" + catalogue.edition().id());

        ObjectNode oscalResult = ar.putArray("results").addObject();
        oscalResult.put("uuid", DeterministicUuid.of("result|" + seed));
        oscalResult.put("title", "Automated ISMS assessment of " + ReportView.organization(result));
        oscalResult.put("description", "Requirement-by-requirement assessment of the snapshot '"
                + result.snapshot().name() + "' (sha256 " + result.snapshot().sha256() + ") against "
                + catalogue.edition().title() + " clauses " + clauses(catalogue) + " and Annex A, as of " + result.assessmentDate() + ".");
        oscalResult.put("start", timestamp);
        oscalResult.put("end", timestamp);
        ArrayNode included = oscalResult.putObject("reviewed-controls").putArray("control-selections")
                .addObject().putArray("include-controls");
        List<String> ids = new ArrayList<>();
        catalogue.requirements().stream().map(Requirement::id).forEach(ids::add);
        catalogue.controls().stream().map(Control::id).forEach(ids::add);
        ids.forEach(id -> included.addObject().put("control-id", controlId(id)));

        if (!result.findings().isEmpty()) {
            ArrayNode observations = oscalResult.putArray("observations");
            ArrayNode findings = oscalResult.putArray("findings");
            for (Finding f : result.findings()) {
                String observationUuid = DeterministicUuid.of("observation|" + seed + "|" + f.id());
                ObjectNode observation = observations.addObject();
                observation.put("uuid", observationUuid);
                observation.put("title", f.title());
                observation.put("description", f.explanation());
                observation.putArray("methods").add("EXAMINE");
                observation.putArray("types").add("finding");
                ArrayNode evidence = observation.putArray("relevant-evidence");
                for (Subject s : f.subjects()) {
                    evidence.addObject().put("description", "Snapshot entity " + s.id()
                            + (s.path() == null ? "" : " at " + s.path()));
                }
                if (f.subjects().isEmpty()) {
                    evidence.addObject().put("description", "The snapshot as a whole");
                }
                observation.put("collected", timestamp);

                ObjectNode finding = findings.addObject();
                finding.put("uuid", DeterministicUuid.of("finding|" + seed + "|" + f.id()));
                finding.put("title", f.title());
                finding.put("description", f.explanation());
                ArrayNode props = finding.putArray("props");
                prop(props, "finding-id", f.id());
                prop(props, "finding-kind", ReportView.kindName(f.kind()));
                prop(props, "priority", f.recommendedAction().priority().name().toLowerCase());
                prop(props, "owner-role", f.recommendedAction().ownerRole());
                ObjectNode target = finding.putObject("target");
                target.put("type", "objective-id");
                target.put("target-id", controlId(f.requirement()));
                target.put("title", catalogue.titleOf(f.requirement()));
                // OSCAL knows satisfied and not-satisfied only: an observation is conforming (its observation is
                // kept, above), every nonconformity and gap is not; the reason is the kind, the remarks its grading.
                ObjectNode status = target.putObject("status");
                boolean satisfied = f.kind() == FindingKind.OBSERVATION;
                status.put("state", satisfied ? "satisfied" : "not-satisfied");
                if (!satisfied) {
                    status.put("reason", ReportView.kindName(f.kind()));
                }
                if (f.grading() != null) {
                    status.put("remarks", f.kind().label() + ": " + f.grading().reason());
                }
                finding.putArray("related-observations").addObject().put("observation-uuid", observationUuid);
                finding.put("remarks", "Recommended action: " + f.recommendedAction().action());
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", NS).put("value", value);
    }

    /** The range of main clauses an edition's catalogue holds: 4-8 for 2005, 4-10 for 2022. */
    private static String clauses(Catalogue catalogue) {
        java.util.IntSummaryStatistics numbers = catalogue.requirements().stream().map(r -> r.id().split("\\.")[0])
                .filter(n -> n.matches("\\d+")).mapToInt(Integer::parseInt).summaryStatistics();
        return numbers.getCount() == 0 ? "4-10" : numbers.getMin() + "-" + numbers.getMax();
    }
}
