package org.ismsassessor.web.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the decision form under each open finding of a report page. The report is the report layer's document, the same
 * the command line writes; the form is the service's, added here, with the finding's id filled in.
 */
final class DecisionForms {
    /** The opening tag of an open finding as report.html writes it (decided findings carry the class "decided"). */
    private static final Pattern FINDING = Pattern.compile(
            "<div class=\"finding (?:major-nonconformity|minor-nonconformity|gap|observation)\"[^>]*? id=\"([^\"]+)\"[^>]*>");
    static final String PLACEHOLDER = "FINDING-ID";

    private DecisionForms() {
    }

    /** @param form the rendered decision-form fragment, with {@link #PLACEHOLDER} for the finding id */
    static String under(String page, String form) {
        Matcher m = FINDING.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 4096);
        while (m.find()) {
            // Finding ids are made of letters, digits and hyphens; escaped all the same, as the page's HTML is.
            String id = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group() + form.replace("value=\"" + PLACEHOLDER + "\"",
                    "value=\"" + id + "\"")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
