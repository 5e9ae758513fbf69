package org.ismsassessor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.assessment.ControlApplicability;
import org.ismsassessor.catalogue.Catalogue;

/** The computed Statement of Applicability as rows of text, for the HTML, PDF and spreadsheet reports. */
final class SoaRows {
    private SoaRows() {
    }

    /** One row per Annex A control, in the catalogue's order; null when the result carries no computed SoA. */
    static List<Map<String, String>> of(AssessmentResult result, Catalogue catalogue) {
        if (result.statementOfApplicability() == null || result.statementOfApplicability().isEmpty()) {
            return null;
        }
        return result.statementOfApplicability().stream().map(c -> row(c, catalogue)).toList();
    }

    private static Map<String, String> row(ControlApplicability c, Catalogue catalogue) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("control", c.control());
        row.put("title", catalogue.titleOf(c.control()));
        row.put("expected", c.expected() ? (c.contradicted() ? "yes (contradicted)" : "yes") : "no");
        row.put("why", c.reasons().stream().map(SoaRows::words).collect(Collectors.joining(", ")));
        row.put("declared", !c.listedInSoa() ? "not in SoA"
                : c.selected() ? "selected" : c.excluded() ? "excluded: " + orEmpty(c.justification()) : "undecided");
        row.put("status", c.status() == null ? "" : c.status().name().toLowerCase().replace('_', ' '));
        row.put("findings", c.findingIds().isEmpty() ? "" : String.join(", ", c.findingIds()));
        return row;
    }

    /** A reason in words: a characteristic's field name ("externalParties") as "external parties". */
    static String words(ControlApplicability.Reason reason) {
        return reason.characteristic() == null ? reason.words()
                : reason.characteristic().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "(no justification)" : text;
    }
}
