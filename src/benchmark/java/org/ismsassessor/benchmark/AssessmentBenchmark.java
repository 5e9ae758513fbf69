package org.ismsassessor.benchmark;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.generate.SnapshotGenerator;
import org.ismsassessor.generate.SnapshotSize;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The three phases of an assessment, per snapshot size: JSON parse and validation, rule evaluation (facts
 * inserted, rules fired, findings read back and planned), and writing the JSON report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssessmentBenchmark {
    static final LocalDate DATE = LocalDate.of(2026, 11, 29);

    @Param({"small", "medium", "large"})
    public String size;

    byte[] json;
    SnapshotLoader loader;
    Assessment assessment;
    LoadResult.Loaded loaded;
    AssessmentResult result;

    @Setup(Level.Trial)
    public void setUp() {
        Catalogue catalogue = Catalogue.load(Edition.ISO27001_2005);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotGenerator(catalogue).write(SnapshotSize.valueOf(size.toUpperCase()), 1, out);
        json = out.toByteArray();
        loader = new SnapshotLoader(catalogue.controls().stream().map(c -> c.id()).collect(Collectors.toSet()));
        assessment = new Assessment(catalogue, RuleBase.builtIn(catalogue));
        loaded = (LoadResult.Loaded) loader.load(json);
        result = assessment.assess(loaded, DATE, IntervalSettings.defaults());
    }

    @Benchmark
    public LoadResult parseAndValidate() {
        return loader.load(json);
    }

    @Benchmark
    public AssessmentResult evaluateRules() {
        return assessment.assess(loaded, DATE, IntervalSettings.defaults());
    }

    @Benchmark
    public String writeReport() {
        return JsonReport.write(result);
    }
}
