package org.ismsassessor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.LoadResult;

/** The bundled samples, each assessed once per test run on the reference date the samples were written for. */
public final class Samples {
    public static final LocalDate DATE = LocalDate.of(2026, 11, 29);
    public static final List<String> NAMES = List.of("brightpath-software", "northwind-mature", "sprout-startup");
    private static final Map<String, AssessmentResult> RESULTS = new ConcurrentHashMap<>();

    private Samples() {
    }

    public static Path file(String name) {
        return Path.of("samples", name + ".json");
    }

    public static LoadResult.Loaded load(String name) {
        LoadResult result = TestEngine.LOADER.load(file(name));
        if (result instanceof LoadResult.Rejected rejected) {
            throw new AssertionError("sample " + name + " is invalid: " + rejected.errors());
        }
        return (LoadResult.Loaded) result;
    }

    public static AssessmentResult assessed(String name) {
        return RESULTS.computeIfAbsent(name, n -> TestEngine.ASSESSMENT.assess(load(n), DATE, IntervalSettings.defaults()));
    }
}
