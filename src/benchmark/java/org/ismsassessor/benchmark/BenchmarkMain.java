package org.ismsassessor.benchmark;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.generate.SnapshotGenerator;
import org.ismsassessor.generate.SnapshotSize;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmark for the sizes given (default small,medium,large) and prints one table: phase times,
 * the ratio of rule evaluation to parsing, and the peak heap of one whole assessment per size (measured in a
 * fresh JVM fork would be ideal; here after a full GC, from the heap pools' peak usage).
 * Usage: {@code ./mvnw -B -Pbenchmark test-compile exec:exec -Dsizes=small,medium,large [-Dgc=G1GC]}
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = (args.length > 0 ? args[0] : "small,medium,large").split(",");
        String collector = args.length > 1 ? args[1] : "ParallelGC";
        Options options = new OptionsBuilder()
                .include(AssessmentBenchmark.class.getSimpleName())
                .param("size", sizes)
                .forks(1)
                .warmupIterations(2)
                .measurementIterations(5)
                .jvmArgsAppend("-Xmx4g", "-XX:+Use" + collector)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        for (RunResult r : results) {
            String size = r.getParams().getParam("size");
            String phase = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            table.computeIfAbsent(size, s -> new LinkedHashMap<>()).put(phase, r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("-XX:+Use" + collector + " -Xmx4g");
        System.out.println("| size | facts | parse+validate (ms) | rules (ms) | report (ms) | whole (ms) | rules/parse | peak heap (MiB) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, long[]> measured = new LinkedHashMap<>();
        for (String size : sizes) {
            Map<String, Double> row = table.get(size);
            long[] factsAndHeap = peakHeap(size);
            measured.put(size, factsAndHeap);
            double whole = row.get("parseAndValidate") + row.get("evaluateRules") + row.get("writeReport");
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.0f | %.2f | %d |%n", size, factsAndHeap[0],
                    row.get("parseAndValidate"), row.get("evaluateRules"), row.get("writeReport"), whole,
                    row.get("evaluateRules") / row.get("parseAndValidate"), factsAndHeap[1]);
        }
        Path plot = Path.of("target", "benchmark", "time-by-size.png");
        TimeBySizePlot.write(plot, "Assessment time by snapshot size (-XX:+Use" + collector + ", 2 cores)", table, measured);
        System.out.println("plot: " + plot);
    }

    /** The number of identified entities and the peak heap (MiB) of one whole assessment of that size. */
    private static long[] peakHeap(String size) {
        Catalogue catalogue = Catalogue.load(Edition.ISO27001_2005);
        Assessment assessment = new Assessment(catalogue, RuleBase.builtIn(catalogue));
        SnapshotLoader loader = new SnapshotLoader(catalogue.controls().stream().map(c -> c.id()).collect(Collectors.toSet()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotGenerator(catalogue).write(SnapshotSize.valueOf(size.toUpperCase()), 1, out);
        byte[] json = out.toByteArray();
        out = null;
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) loader.load(json);
        String report = JsonReport.write(assessment.assess(loaded, AssessmentBenchmark.DATE, IntervalSettings.defaults()));
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new long[] {loaded.paths().size() + (report.isEmpty() ? 0 : 0), peak / (1024 * 1024)};
    }
}
