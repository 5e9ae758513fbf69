package org.ismsassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.compare.Assessed;
import org.ismsassessor.compare.AssessmentSummary;
import org.ismsassessor.compare.Client;
import org.ismsassessor.compare.Comparer;
import org.ismsassessor.compare.Comparison;
import org.ismsassessor.compare.EarlierAssessment;
import org.ismsassessor.logging.ControlCharacters;
import org.ismsassessor.report.ComparisonFormat;
import org.ismsassessor.report.ComparisonText;
import org.ismsassessor.store.HistoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code compare OLD NEW} or {@code compare --client C}: what changed between two assessments. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two assessments of one client: findings resolved, new, persisting and changed, "
                + "readiness deltas, SoA status changes and regressions.",
            "OLD and NEW are snapshots (assessed on --old-date and --new-date) or saved JSON results; "
                + "or give --client to compare two stored assessments."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "OLD NEW", description = "the earlier and the later snapshot or saved result")
    List<Path> files = new ArrayList<>();

    @Option(names = "--old-date", paramLabel = "YYYY-MM-DD", description = "the date OLD is assessed on when it is a snapshot (required then)")
    LocalDate oldDate;

    @Option(names = "--new-date", paramLabel = "YYYY-MM-DD", description = "the date NEW is assessed on when it is a snapshot (required then)")
    LocalDate newDate;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date both OLD and NEW are assessed on when they are snapshots")
    LocalDate bothDate;

    @Option(names = "--client", paramLabel = "CLIENT", description = "compare two stored assessments of this client (organization id or name)")
    String client;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "with --client: the earlier stored assessment (default: the one before --to)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "with --client: the later stored assessment (default: the latest)")
    LocalDate to;

    @Option(names = "--history", description = "with OLD NEW: also report findings resolved in an earlier stored "
            + "assessment of the client that are back (always on with --client)")
    boolean useHistory;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: text on the terminal; json when --out is given)")
    List<ComparisonFormat> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "PATH",
            description = "write here: a file when it ends with the extension of the one format chosen, - for standard output "
                    + "(one format), otherwise a folder; never over an input")
    Path out;

    @Option(names = "--fail-on-regression", description = "exit with 1 when anything regressed")
    boolean failOnRegression;

    @Option(names = "--cross-client", description = "allow comparing assessments of different organizations: only their scores are compared")
    boolean crossClient;

    @Option(names = "--cross-edition", description = "allow comparing assessments against different editions "
            + "(iso27001-2005 and iso27001-2022): findings are matched by rule name and subject, and the earlier "
            + "edition's SoA statuses are re-expressed in the 2022 controls through the mapping")
    boolean crossEdition;

    @Option(names = {"-q", "--quiet"}, description = "print no summary on the terminal")
    boolean quiet;

    @Mixin
    HistoryOptions history;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if ((client == null) == (files.size() != 2)) {
            err.println("error: give two files OLD NEW, or --client CLIENT (with --from and --to), not both");
            return ExitCode.BAD_INPUT;
        }
        Sides sides = client != null ? storedSides(err) : fileSides(err);
        if (sides == null) {
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Edition earlierEdition = EditionComparison.editionOf(sides.earlier());
        Edition laterEdition = EditionComparison.editionOf(sides.later());
        boolean acrossEditions = earlierEdition != laterEdition;
        if (acrossEditions && !crossEdition) {
            err.println("error: " + sides.earlierName() + " is assessed against " + earlierEdition.id() + " and "
                    + sides.laterName() + " against " + laterEdition.id()
                    + "; give --cross-edition to compare them through the mapping");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        // Controls are listed in the newer edition's order: across editions, the older side is re-expressed in it.
        Edition newer = earlierEdition.compareTo(laterEdition) > 0 ? earlierEdition : laterEdition;
        Comparer comparer = new Comparer(Catalogue.load(newer).order());
        Comparison comparison;
        if (acrossEditions && Comparer.sameClient(sides.earlier(), sides.later())) {
            comparison = EditionComparison.compare(comparer, sides.earlier(), sides.later());
        } else if (Comparer.sameClient(sides.earlier(), sides.later())) {
            comparison = comparer.compare(sides.earlier(), sides.later(), sides.history());
        } else if (crossClient) {
            comparison = comparer.compareScoresOnly(sides.earlier(), sides.later());
        } else {
            err.println("error: " + sides.earlier().client() + " and " + sides.later().client()
                    + " are different organizations; give --cross-client to compare their scores only");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        write(comparison, sides.stem(), err);
        return failOnRegression && comparison.hasRegressions() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Both sides, the client's stored finding history, and the stem of the files written. */
    private record Sides(Assessed earlier, Assessed later, List<EarlierAssessment> history, String stem,
            String earlierName, String laterName) {
    }

    private Sides fileSides(PrintWriter err) {
        // One engine per edition, built only when a snapshot of it has to be assessed (building one takes a while).
        Map<Edition, Engine> engines = new java.util.EnumMap<>(Edition.class);
        LimitOptions limits = new LimitOptions();
        java.util.function.Function<Path, java.util.function.Supplier<Engine>> engineFor = file -> () -> engines
                .computeIfAbsent(Engine.editionOf(file, limits), edition -> Engine.forEdition(edition, null));
        if (bothDate != null && (oldDate != null || newDate != null)) {
            err.println("error: give --date for both sides or --old-date and --new-date, not both");
            return null;
        }
        LocalDate oldDay = bothDate != null ? bothDate : oldDate;
        LocalDate newDay = bothDate != null ? bothDate : newDate;
        // A snapshot is assessed on a date; today, silently, made last spring's snapshot look overdue everywhere.
        List<String> undated = new ArrayList<>();
        List<String> options = new ArrayList<>();
        if (oldDay == null && java.nio.file.Files.isRegularFile(files.get(0)) && !AssessedFiles.isSavedResult(files.get(0))) {
            undated.add(files.get(0).toString());
            options.add("--old-date YYYY-MM-DD");
        }
        if (newDay == null && java.nio.file.Files.isRegularFile(files.get(1)) && !AssessedFiles.isSavedResult(files.get(1))) {
            undated.add(files.get(1).toString());
            options.add("--new-date YYYY-MM-DD");
        }
        if (!undated.isEmpty()) {
            err.println("error: " + String.join(" and ", undated) + (undated.size() == 1 ? " is a snapshot" : " are snapshots")
                    + ": give the date to assess " + (undated.size() == 1 ? "it" : "each") + " on, " + String.join(" and ", options)
                    + " (or --date YYYY-MM-DD for both)");
            return null;
        }
        AssessedFiles.Outcome earlier = AssessedFiles.read(files.get(0), oldDay, engineFor.apply(files.get(0)));
        AssessedFiles.Outcome later = AssessedFiles.read(files.get(1), newDay, engineFor.apply(files.get(1)));
        boolean ok = true;
        for (var side : List.of(earlier, later)) {
            if (!side.errors().isEmpty()) {
                Problems.report(err, files.get(side == earlier ? 0 : 1) + " is neither a valid snapshot nor a saved result", side.errors());
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        if (earlier.isResult() && oldDay != null || later.isResult() && newDay != null) {
            err.println("note: a saved result keeps its own assessment date; --date, --old-date and --new-date apply to snapshots only");
        }
        List<EarlierAssessment> stored = List.of();
        if (useHistory) {
            Optional<List<EarlierAssessment>> found = storedHistory(err, later.assessed().client());
            if (found.isEmpty()) {
                return null;
            }
            stored = found.get();
        }
        return new Sides(earlier.assessed(), later.assessed(), stored,
                Outputs.stem(files.get(0)) + "-vs-" + Outputs.stem(files.get(1)), files.get(0).toString(),
                files.get(1).toString());
    }

    private Optional<List<EarlierAssessment>> storedHistory(PrintWriter err, String clientId) {
        HistoryStore store = history.open(err);
        if (store == null) {
            return Optional.empty();
        }
        try (store) {
            return Optional.of(store.client(clientId).map(store::findingHistory).orElse(List.of()));
        }
    }

    private Sides storedSides(PrintWriter err) {
        HistoryStore store = history.open(err);
        if (store == null) {
            return null;
        }
        try (store) {
            Optional<Client> found = store.client(client);
            if (found.isEmpty()) {
                err.println("error: no client '" + client + "' in the history " + history.folder() + "; known: "
                        + store.clients().stream().map(Client::id).toList());
                return null;
            }
            List<LocalDate> dates = store.assessments(found.get()).stream().map(AssessmentSummary::date).toList();
            LocalDate later = to != null ? to : dates.isEmpty() ? null : dates.get(dates.size() - 1);
            LocalDate earlier = from != null ? from
                    : dates.stream().filter(d -> later != null && d.isBefore(later)).reduce((a, b) -> b).orElse(null);
            Optional<String> missing = later == null || !dates.contains(later) ? Optional.of("on " + later)
                    : earlier == null ? Optional.of("before " + later)
                    : !dates.contains(earlier) ? Optional.of("on " + earlier) : Optional.empty();
            if (missing.isPresent()) {
                err.println("error: " + found.get().id() + " has no stored assessment " + missing.get()
                        + "; stored dates: " + dates);
                return null;
            }
            return new Sides(store.load(found.get(), earlier).orElseThrow(), store.load(found.get(), later).orElseThrow(),
                    store.findingHistory(found.get()), found.get().id() + "-" + earlier + "-vs-" + later,
                    "the assessment of " + earlier, "the assessment of " + later);
        }
    }

    /** Prints the chosen formats, or writes them to --out and prints the text summary. */
    private void write(Comparison comparison, String stem, PrintWriter err) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Set<ComparisonFormat> chosen = formats.isEmpty()
                ? EnumSet.of(out == null ? ComparisonFormat.TEXT : ComparisonFormat.JSON) : EnumSet.copyOf(formats);
        if (out == null) {
            if (!(quiet && formats.isEmpty())) {
                chosen.forEach(f -> stdout.print(new String(render(f, comparison), StandardCharsets.UTF_8)));
            }
        } else {
            Map<String, Path> targets = Outputs.targets(new Outputs.Request(out, stem,
                    chosen.stream().map(ComparisonFormat::extension).toList()), client == null ? files : List.of());
            Map<String, byte[]> rendered = new LinkedHashMap<>();
            chosen.forEach(f -> rendered.put(f.extension(), render(f, comparison)));
            for (Path written : Outputs.write(targets, rendered, stdout)) {
                if (!quiet) {
                    err.println("wrote " + written);
                }
            }
            if (!quiet && !targets.containsValue(null) && !chosen.equals(EnumSet.of(ComparisonFormat.TEXT))) {
                stdout.print(ControlCharacters.escape(ComparisonText.write(comparison)));
            }
        }
        stdout.flush();
        err.flush();
    }

    /** A format's bytes; the text with control characters escaped, as it may be shown on a terminal. */
    private static byte[] render(ComparisonFormat format, Comparison comparison) {
        return format == ComparisonFormat.TEXT
                ? ControlCharacters.escape(ComparisonText.write(comparison)).getBytes(StandardCharsets.UTF_8)
                : format.render(comparison);
    }
}
