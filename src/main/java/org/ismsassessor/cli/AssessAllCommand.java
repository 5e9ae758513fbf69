package org.ismsassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.report.JsonReport;
import org.ismsassessor.snapshot.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code assess-all DIR}: assesses every snapshot of a folder with one shared rule base and parallel sessions.
 * A bad file is reported and skipped; it never stops the batch.
 */
@Command(name = "assess-all", mixinStandardHelpOptions = true,
        description = "Assesses every *.json snapshot in a folder in parallel, writing <name>.json results; "
                + "a bad file is reported and skipped.")
final class AssessAllCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder of snapshots")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the folder for the JSON results: not the folder of the snapshots, whose files they would replace")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the assessment date (default: today)")
    LocalDate date;

    /** The most parallel sessions: each holds a snapshot and its facts in memory. */
    static final int MAX_THREADS = 256;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "parallel sessions, 1 to " + MAX_THREADS + " (default: the number of cores)")
    void threads(int n) {
        threads = (int) Ranges.check(spec, "--threads", n, 1, MAX_THREADS);
    }

    record Outcome(Path file, String error) {
    }

    @picocli.CommandLine.Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            err.println("error: cannot list " + folder + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Refusal("--out " + out + " is a file, not a folder");
        }
        if (Outputs.sameFile(out, folder)) {
            throw new Refusal("--out " + out + " is the folder of the snapshots: their results would replace them;"
                    + " nothing was written; give another folder");
        }
        for (Path file : files) {
            Path target = out.resolve(file.getFileName());
            if (Files.isDirectory(target)) {
                throw new Refusal("cannot write " + target + ": it is a folder");
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new Refusal("cannot create the folder " + out + ": " + Outputs.reason(e));
        }
        // Each snapshot is assessed against the edition it names; the engines are built once per edition.
        Map<Edition, Engine> engines = new java.util.concurrent.ConcurrentHashMap<>();
        LocalDate day = date == null ? LocalDate.now() : date;
        IntervalSettings intervals = IntervalSettings.defaults();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                Engine engine = engines.computeIfAbsent(Engine.editionOf(file, limits),
                        edition -> Engine.forEdition(edition, null, limits));
                Outcome outcome = assessOne(engine, engine.assessment(), file, day, intervals);
                int n = done.incrementAndGet();
                synchronized (err) {
                    err.println("[" + n + "/" + files.size() + "] " + file.getFileName()
                            + (outcome.error() == null ? " ok" : " FAILED: " + outcome.error()));
                    err.flush();
                }
                return outcome;
            }));
        }
        pool.shutdown();
        int failed = 0;
        for (Future<Outcome> future : futures) {
            if (future.get().error() != null) {
                failed++;
            }
        }
        spec.commandLine().getOut().println((files.size() - failed) + " assessed, " + failed + " failed, results in " + out);
        spec.commandLine().getOut().flush();
        return failed == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private Outcome assessOne(Engine engine, Assessment assessment, Path file, LocalDate day, IntervalSettings intervals) {
        try {
            LoadResult loaded = engine.loader().load(file);
            if (loaded instanceof LoadResult.Rejected rejected) {
                return new Outcome(file, rejected.errors().size() + " input error(s), first " + rejected.errors().get(0));
            }
            AssessmentResult result = assessment.assess((LoadResult.Loaded) loaded, day, intervals);
            Outputs.write(out.resolve(file.getFileName()), JsonReport.write(result).getBytes(StandardCharsets.UTF_8));
            return new Outcome(file, null);
        } catch (org.ismsassessor.engine.TimeLimitExceeded e) {
            return new Outcome(file, e.getMessage() + " (--time-limit)");
        } catch (org.ismsassessor.assessment.TooManyFindings e) {
            return new Outcome(file, e.getMessage());
        } catch (Refusal e) {
            return new Outcome(file, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(file, e.toString());
        }
    }
}
