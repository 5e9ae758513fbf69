package org.ismsassessor.cli;

import java.time.LocalDate;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.transition.ControlMap;
import org.ismsassessor.transition.Mappings;
import org.ismsassessor.transition.SnapshotIn2022;
import org.ismsassessor.transition.TransitionReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings the ISO/IEC 27001:2022 rule pack raises on a 2005 snapshot re-expressed in 2022 terms (edition, control
 * references and SoA, see {@link SnapshotIn2022}), assessed on the transition report's date.
 */
record PackAssessment(byte[] snapshot, TransitionReport.PackFindings findings) {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();

    static PackAssessment of(byte[] snapshotJson, TransitionReport report, Mappings mappings, LocalDate date) {
        JsonNode tree = MAPPER.readTree(snapshotJson);
        byte[] in2022 = (MAPPER.writeValueAsString(SnapshotIn2022.of(tree, ControlMap.from2005(mappings), report)) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Engine engine = Engine.forEdition(Edition.ISO27001_2022, null);
        LoadResult loaded = engine.loader().load(in2022);
        if (loaded instanceof LoadResult.Rejected rejected) {
            // The re-expression only swaps control ids for ids of the 2022 catalogue: a rejection here is a bug to report.
            InputError first = rejected.errors().get(0);
            return new PackAssessment(in2022, TransitionReport.PackFindings.notAssessed("the snapshot re-expressed in 2022 terms was refused ("
                    + first.path() + ": " + first.message() + "); please report it with the snapshot."));
        }
        AssessmentResult result = engine.assessment().assess((LoadResult.Loaded) loaded, date, IntervalSettings.defaults());
        Map<String, Integer> kinds = result.summary().byKind();
        String note = "Assessed by the " + Edition.ISO27001_2022.title() + " rule pack on " + date + ", the snapshot "
                + "re-expressed in 2022 terms (the carried SoA decisions, control references mapped): "
                + result.readiness().verdict().label().toLowerCase(java.util.Locale.ROOT) + ", "
                + result.findings().size() + " findings (major " + kinds.get("major") + ", minor " + kinds.get("minor")
                + ", gap " + kinds.get("gap") + ", observation " + kinds.get("observation") + ").";
        return new PackAssessment(in2022, new TransitionReport.PackFindings(true, note,
                result.readiness().verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), result.findings()));
    }
}
