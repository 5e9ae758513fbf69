package org.ismsassessor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.engine.IntervalSettings;
import org.junit.jupiter.api.Test;

/**
 * The same snapshot and date give byte-identical JSON, Markdown and OSCAL however many assessments run at
 * once on the shared rule base: one thread, then four threads interleaving twelve assessments.
 */
class ConcurrentDeterminismTest {

    private static String render(String sample) {
        AssessmentResult result = TestEngine.ASSESSMENT.assess(Samples.load(sample), LocalDate.of(2026, 11, 29),
                IntervalSettings.defaults());
        return JsonReport.write(result) + "\u0000" + MarkdownReport.write(result, TestEngine.CATALOGUE) + "\u0000"
                + OscalReport.write(result, TestEngine.CATALOGUE);
    }

    @Test
    void outputsAreIdenticalAcrossThreadCounts() throws Exception {
        for (String sample : List.of("brightpath-software", "sprout-startup")) {
            String alone = render(sample);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> runs = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    runs.add(pool.submit(() -> render(sample)));
                }
                Set<String> distinct = new HashSet<>();
                for (Future<String> run : runs) {
                    distinct.add(run.get());
                }
                assertThat(distinct).as(sample).containsExactly(alone);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
