package org.ismsassessor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A recommended action says what to do in the organization, not which value to type into the snapshot: no
 * rule's remedy text asks to "record X as true" or names a boolean value at all.
 */
class RemedyWordingTest {

    private static final Path RULES = Path.of("rules");

    /** The text of a remedy: from {@code .remedy(} to the line's end (remedies are written on one line). */
    private static final Pattern REMEDY = Pattern.compile("\\.remedy\\((.*)$", Pattern.MULTILINE);

    /** A string literal inside it (Java code such as {@code Boolean.TRUE} is not text the user reads). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern BOOLEAN_WORD = Pattern.compile("(?i)\\b(true|false)\\b");

    @Test
    void noRemedyAsksToRecordATrueOrFalseValue() throws IOException {
        List<String> offenders = new ArrayList<>();
        int remedies = 0;
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher remedy = REMEDY.matcher(lines.get(i));
                    if (!remedy.find()) {
                        continue;
                    }
                    remedies++;
                    Matcher literal = LITERAL.matcher(remedy.group(1));
                    while (literal.find()) {
                        if (BOOLEAN_WORD.matcher(literal.group(1)).find()) {
                            offenders.add(file + ":" + (i + 1) + ": " + literal.group(1));
                        }
                    }
                }
            }
        }
        assertThat(remedies).as("remedies found in " + RULES.toAbsolutePath()).isGreaterThan(300);
        assertThat(offenders).as("remedies that name a true/false value instead of an action").isEmpty();
    }

    @Test
    void theScanRecognisesAnOffendingRemedy() {
        Matcher remedy = REMEDY.matcher("        .remedy( \"Check the policy and record definesRiskCriteria as true or false.\" )");
        assertThat(remedy.find()).isTrue();
        Matcher literal = LITERAL.matcher(remedy.group(1));
        assertThat(literal.find()).isTrue();
        assertThat(BOOLEAN_WORD.matcher(literal.group(1)).find()).isTrue();
    }
}
