package org.ismsassessor.assessment;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Control;
import org.ismsassessor.engine.PeriodWords;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.Grading;
import org.ismsassessor.snapshot.Snapshot;

/**
 * The wording pass: the texts a person reads (a finding's title, explanation, remedy and grading reason) say things
 * in words rather than codes, in every format alike, so that the rules can be written once with ids and keys:
 * <ul>
 * <li>an entity of the snapshot that has a name or title, at its first mention in a text, by its name with the id in
 *     brackets ("Anna Nowak (P-017)"; a rule's "P-017 (Anna Nowak)" is turned round);</li>
 * <li>an Annex A control, at its first mention in a text, with its title beside it ("A.8.3.3 (Removal of access
 *     rights)");</li>
 * <li>an ISO-8601 period as words ("12 months", not P12M);</li>
 * <li>a field or section name of the format as the words of the workbook's column label, quoted ('last reviewed
 *     on'), a listed value as words ("audit results"), and a field's place ({@code policy.publishedOn}) as its JSON
 *     path ({@code $.policy.publishedOn}).</li>
 * </ul>
 * JSON paths ({@code $.risks[3].level}) and quoted text from the snapshot ('Information Security Policy') are left as
 * they are: the one is the trace an auditor follows, the other the client's own words. Ids, subjects, paths and
 * finding ids are never touched, so stable ids and comparisons do not change. Deterministic: the same snapshot and
 * texts always give the same words.
 */
final class Wording {
    /** The longest token read as a period (P1Y11M4W6D and the like are far shorter). */
    private static final int LONGEST_PERIOD = 24;
    private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?");
    /** An id worth naming: it has a digit, or a hyphen and a capital (P-017, ROLE-ISM), so never a plain word. */
    private static final Pattern ID_LIKE = Pattern.compile(".*\\d.*|(?=.*-)(?=.*[A-Z]).*");

    private final Map<String, String> names;
    private final Catalogue catalogue;
    private final FieldWords fields = FieldWords.of();

    Wording(Snapshot snapshot, Catalogue catalogue) {
        this.names = namesOf(snapshot);
        this.catalogue = catalogue;
    }

    /** The finding with its texts in words; everything else as it was. */
    Finding apply(Finding finding) {
        Grading grading = finding.grading();
        Grading worded = grading == null ? null
                : new Grading(grading.table(), grading.line(), grading.base(), text(grading.reason()));
        return finding.withTexts(text(finding.title()), text(finding.explanation()), text(finding.remedy()))
                .graded(finding.kind(), worded);
    }

    /**
     * One text in words; each entity and control is named at its first mention in it. One pass over the text, in time
     * proportional to its length (a text may quote a snapshot's field of any length).
     */
    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        Set<String> named = new HashSet<>();
        int noQuoteBefore = 0;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '$' && at + 1 < text.length() && (text.charAt(at + 1) == '.' || text.charAt(at + 1) == '[')) {
                int end = pathEnd(text, at);
                out.append(text, at, end);
                at = end;
            } else if (c == '\'' && at >= noQuoteBefore && (at == 0 || !isWordChar(text.charAt(at - 1)))) {
                int end = quoteEnd(text, at);
                if (end < 0) {
                    // No quote closes before -end: no later opening quote up to there closes either.
                    noQuoteBefore = -end;
                    out.append(c);
                    at++;
                } else {
                    out.append(quoted(text.substring(at, end)));
                    at = end;
                }
            } else if (isWordChar(c)) {
                int end = tokenEnd(text, at);
                at = token(text.substring(at, end), text, end, out, named);
            } else {
                out.append(c);
                at++;
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The end of a JSON path starting at {@code $}: {@code .name} and {@code [...]} steps. */
    private static int pathEnd(String text, int start) {
        int at = start + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.' && at + 1 < text.length() && isKeyChar(text.charAt(at + 1))) {
                at++;
                while (at < text.length() && isKeyChar(text.charAt(at))) {
                    at++;
                }
            } else if (c == '[') {
                int close = at + 1;
                while (close < text.length() && text.charAt(close) != ']' && !Character.isWhitespace(text.charAt(close))) {
                    close++;
                }
                if (close >= text.length() || text.charAt(close) != ']') {
                    break;
                }
                at = close + 1;
            } else {
                break;
            }
        }
        return at;
    }

    private static boolean isKeyChar(char c) {
        return isWordChar(c) || c == '_' || c == '-';
    }

    /**
     * The end of a text quoted from {@code start} ('...'), past its closing quote: a quote followed by a letter is an
     * apostrophe inside it (O'Brien, the owner's). When none closes it on its line, minus where the search stopped.
     */
    private static int quoteEnd(String text, int start) {
        for (int at = start + 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\n') {
                return -at;
            }
            if (c == '\'') {
                char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
                if (!isLetter(next)) {
                    return isWordChar(next) ? -(at + 1) : at + 1;
                }
            }
        }
        return -text.length();
    }

    /**
     * The end of a word-like token: letters, digits, '_' and '-' in dotted parts, each optionally followed by [] or
     * [*] (ids P-017, controls A.8.3.3, keys, codes, field places people[].screenedOn); a final '.' ends a sentence.
     */
    private static int tokenEnd(String text, int start) {
        int at = start;
        while (true) {
            while (at < text.length() && isKeyChar(text.charAt(at))) {
                at++;
            }
            if (text.startsWith("[]", at)) {
                at += 2;
            } else if (text.startsWith("[*]", at)) {
                at += 3;
            }
            if (at + 1 < text.length() && text.charAt(at) == '.' && isWordChar(text.charAt(at + 1))) {
                at++;
            } else {
                return at;
            }
        }
    }

    /** A quoted text: a field name or code quoted as such is put in words; the snapshot's own text is kept. */
    private String quoted(String quoted) {
        String inside = quoted.substring(1, quoted.length() - 1);
        if (fields.isCamelCaseKey(inside) || fields.isCode(inside)) {
            return "'" + FieldWords.words(inside) + "'";
        }
        return quoted;
    }

    /** Writes one token in words; returns where the text continues (past a name the rule already gave). */
    private int token(String token, String text, int end, StringBuilder out, Set<String> named) {
        String name = names.get(token);
        if (name != null) {
            return mention(token, name, true, text, end, out, named);
        }
        Control control = catalogue.control(token).orElse(null);
        if (control != null && control.title() != null && !control.title().isBlank()) {
            return mention(token, control.title().strip(), false, text, end, out, named);
        }
        if (token.length() <= LONGEST_PERIOD && PERIOD.matcher(token).matches()) {
            try {
                out.append(PeriodWords.of(Period.parse(token)));
            } catch (DateTimeParseException notAPeriod) {
                out.append(token);
            }
        } else if (fields.isCamelCaseKey(token)) {
            out.append('\'').append(FieldWords.words(token)).append('\'');
        } else if (isFieldPlace(token)) {
            out.append("$.").append(token.replace("[]", "[*]"));
        } else if (fields.isCode(token)) {
            out.append(FieldWords.words(token));
        } else {
            out.append(token);
        }
        return end;
    }

    /**
     * The first mention of a named entity ("Name (id)") or a control ("id (Title)"); a later one keeps the id alone.
     * Where the rule already wrote the name beside the id, "id (Name)", "id ('Name')" or "id (Name, more)", it is put
     * in this order ("Name (id)", "Name (id, more)").
     */
    private static int mention(String id, String name, boolean nameFirst, String text, int end, StringBuilder out,
            Set<String> named) {
        for (String close : List.of(")", ", ")) {
            for (String given : List.of(" (" + name + close, " ('" + name + "'" + close)) {
                if (text.startsWith(given, end)) {
                    named.add(id);
                    out.append(nameFirst ? name + " (" + id + close : id + " (" + name + close);
                    return end + given.length();
                }
            }
        }
        boolean alreadyBeside = nameFirst && (endsWith(out, name + " (") || endsWith(out, name + "' ("));
        if (alreadyBeside || !named.add(id)) {
            out.append(id);
        } else {
            out.append(nameFirst ? name + " (" + id + ")" : id + " (" + name + ")");
        }
        return end;
    }

    private static boolean endsWith(StringBuilder out, String tail) {
        return out.length() >= tail.length() && out.substring(out.length() - tail.length()).equals(tail);
    }

    /** A field's place written with dots ({@code organization.accessPolicy}, {@code people[].screenedOn}). */
    private boolean isFieldPlace(String token) {
        if (token.indexOf('.') < 0) {
            return false;
        }
        for (String part : token.split("\\.")) {
            if (!fields.isKey(part.replace("[*]", "").replace("[]", ""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every entity of the snapshot with a name or title, by id; ids that read as plain words are left out. An
     * incident's title is a sentence describing it, not a name, so incidents keep their ids.
     */
    private static Map<String, String> namesOf(Snapshot s) {
        Map<String, String> names = new HashMap<>();
        add(names, s.people(), p -> p.id(), p -> p.name());
        add(names, s.roles(), r -> r.id(), r -> r.name());
        add(names, s.suppliers(), r -> r.id(), r -> r.name());
        add(names, s.assets(), r -> r.id(), r -> r.name());
        add(names, s.businessProcesses(), r -> r.id(), r -> r.name());
        add(names, s.continuityPlans(), r -> r.id(), r -> r.name());
        add(names, s.areas(), r -> r.id(), r -> r.name());
        add(names, s.metrics(), r -> r.id(), r -> r.name());
        add(names, s.processingActivities(), r -> r.id(), r -> r.name());
        add(names, s.recordTypes(), r -> r.id(), r -> r.name());
        add(names, s.remoteAccess(), r -> r.id(), r -> r.name());
        add(names, s.secureAreas(), r -> r.id(), r -> r.name());
        add(names, s.sites(), r -> r.id(), r -> r.name());
        add(names, s.documents(), r -> r.id(), r -> r.title());
        add(names, s.trainingCourses(), r -> r.id(), r -> r.title());
        add(names, s.legalRequirements(), r -> r.id(), r -> r.title());
        return names;
    }

    private static <T> void add(Map<String, String> names, Collection<T> entities, Function<T, String> id,
            Function<T, String> name) {
        if (entities == null) {
            return;
        }
        for (T entity : entities) {
            String key = id.apply(entity);
            String value = name.apply(entity) == null ? null : name.apply(entity).strip();
            if (key != null && value != null && !value.isEmpty() && !value.equals(key) && ID_LIKE.matcher(key).matches()) {
                names.putIfAbsent(key, value);
            }
        }
    }
}
