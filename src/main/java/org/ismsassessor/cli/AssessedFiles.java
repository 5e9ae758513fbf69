package org.ismsassessor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.ControlStatuses;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one side of a comparison from a file: a saved result (it carries {@code resultFormatVersion}) is read
 * back as it is; a snapshot is checked and assessed on the given date.
 */
final class AssessedFiles {

    /** The side read, or every problem found reading it. */
    record Outcome(Assessed assessed, boolean isResult, List<InputError> errors) {
    }

    private AssessedFiles() {
    }

    /** @param engine built only when a snapshot has to be assessed (building the rule base takes a while) */
    static Outcome read(Path file, LocalDate date, Supplier<Engine> engine) {
        JsonNode tree;
        try {
            tree = JsonReport.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            return failed("cannot read " + file + ": " + e.getMessage());
        } catch (JacksonException e) {
            return failed("malformed JSON: " + e.getOriginalMessage());
        }
        if (tree != null && tree.has("resultFormatVersion")) {
            try {
                AssessmentResult result = JsonReport.mapper().treeToValue(tree, AssessmentResult.class);
                // A saved result does not carry the declared SoA (yet): its control statuses are unknown.
                return new Outcome(new Assessed(result, ControlStatuses.recordedIn(result)), true, List.of());
            } catch (JacksonException e) {
                return failed("not a readable assessment result: " + e.getOriginalMessage());
            }
        }
        Engine built = engine.get();
        LoadResult loaded = built.loader().load(file);
        if (loaded instanceof LoadResult.Rejected rejected) {
            return new Outcome(null, false, rejected.errors());
        }
        LoadResult.Loaded snapshot = (LoadResult.Loaded) loaded;
        AssessmentResult result = built.assessment().assess(snapshot, date, IntervalSettings.defaults());
        return new Outcome(new Assessed(result, ControlStatuses.declaredIn(snapshot.snapshot())), false, List.of());
    }

    /** True when the file is a saved result (its top level has {@code resultFormatVersion}); false otherwise or unreadable. */
    static boolean isSavedResult(Path file) {
        try (tools.jackson.core.JsonParser parser = JsonReport.mapper().createParser(file.toFile())) {
            if (parser.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                if (parser.currentName().equals("resultFormatVersion")) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Outcome failed(String message) {
        return new Outcome(null, false, List.of(new InputError("$", message)));
    }
}
