package org.ismsassessor.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an exclusion's justification in the Statement of Applicability gives a real reason; the conditions of the
 * 4.2.1.j.3 rules call these. Simple and documented heuristics (docs/grading.md), not language understanding:
 * <ul>
 * <li>a <em>placeholder</em> is text of fewer than 4 characters, digits or punctuation only, or a stock filler
 * ("n/a", "none", "tbd", "not applicable", "see above");</li>
 * <li>a justification <em>gives no reason</em> when every word of it only restates that the control is excluded
 * ("not relevant to our business", "out of scope", "not part of our activities"): it names no fact, risk,
 * requirement or characteristic of the organization;</li>
 * <li>two justifications are the <em>same</em> when equal ignoring case, spacing and a final full stop.</li>
 * </ul>
 */
public final class SoaJustifications {

    private static final Set<String> FILLERS = Set.of("n/a", "n.a", "na", "none", "nil", "tbd", "tbc", "todo", "to do",
            "not applicable", "see above", "as above", "same as above", "idem", "dito", "ditto", "null", "-");

    /** Words that only restate an exclusion; a justification made of these alone gives no reason. */
    private static final Set<String> RESTATING = Set.of("not", "applicable", "relevant", "needed", "required",
            "necessary", "appropriate", "part", "of", "our", "the", "a", "an", "to", "for", "us", "we", "in", "at", "and",
            "or", "is", "are", "be", "this", "that", "it", "its", "control", "controls", "business", "company",
            "organization", "organisation", "activities", "activity", "operations", "scope", "out", "case", "here",
            "currently", "present", "moment", "now", "excluded", "exclusion", "considered", "deemed");

    private static final Pattern NOT_A_WORD = Pattern.compile("[\\p{Punct}\\s]+");
    private static final Pattern DIGITS_OR_PUNCTUATION = Pattern.compile("[\\d\\p{Punct}\\s]*");

    private SoaJustifications() {
    }

    /** The text compared for sameness: lower case, single spaces, without a final full stop. */
    public static String normalized(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return t.endsWith(".") ? t.substring(0, t.length() - 1).trim() : t;
    }

    /** True for a non-blank justification that is only a placeholder. */
    public static boolean placeholder(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = normalized(text);
        return t.length() < 4 || DIGITS_OR_PUNCTUATION.matcher(t).matches() || FILLERS.contains(t);
    }

    /** True for a justification, neither blank nor a placeholder, whose every word only restates the exclusion. */
    public static boolean givesNoReason(String text) {
        if (text == null || text.isBlank() || placeholder(text)) {
            return false;
        }
        return Arrays.stream(NOT_A_WORD.split(normalized(text))).filter(w -> !w.isEmpty()).allMatch(RESTATING::contains);
    }

    /** True when both justifications are the same text (see {@link #normalized(String)}), and neither is blank. */
    public static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && normalized(a).equals(normalized(b));
    }
}
