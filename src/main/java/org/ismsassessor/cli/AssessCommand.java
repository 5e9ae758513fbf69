package org.ismsassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.ismsassessor.assessment.AssessmentResult;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.decision.AppliedDecisions;
import org.ismsassessor.decision.Decision;
import org.ismsassessor.decision.DecisionFile;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBaseException;
import org.ismsassessor.engine.RuleFailures;
import org.ismsassessor.engine.TimeLimitExceeded;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.logging.ControlCharacters;
import org.ismsassessor.report.ReportFormat;
import org.ismsassessor.report.TextReport;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code assess SNAPSHOT}: runs the rules and reports the findings. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses a snapshot: prints a summary and writes the full result.")
final class AssessCommand implements Callable<Integer> {

    /** The --fail-on thresholds: a finding kind, or none. */
    enum FailOn {
        major(FindingKind.MAJOR_NONCONFORMITY),
        minor(FindingKind.MINOR_NONCONFORMITY),
        gap(FindingKind.GAP),
        observation(FindingKind.OBSERVATION),
        none(null);

        final FindingKind threshold;

        FailOn(FindingKind threshold) {
            this.threshold = threshold;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", description = "the snapshot: a JSON file, or an ISMS workbook (.xlsx)")
    Path snapshot;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the assessment date that intervals are measured to (default: today)")
    LocalDate date;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats to write, comma-separated: ${COMPLETION-CANDIDATES} "
                    + "(default: text on the terminal; json when --out is given)")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "PATH",
            description = "write the result here: a file when it ends with the extension of the one format chosen "
                    + "(e.g. result.json), - for standard output (one format), otherwise a folder receiving "
                    + "<snapshot-name>.<ext> per format; never over an input")
    Path out;

    @Option(names = "--fail-on", defaultValue = "none", paramLabel = "KIND",
            description = "exit with 1 when a finding of this kind or worse exists: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--fail-on-undecided", paramLabel = "KIND",
            description = "exit with 1 when a finding of this kind or worse remains that no decision of --decisions "
                    + "covers: ${COMPLETION-CANDIDATES} (default: none)")
    FailOn failOnUndecided = FailOn.none;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "a JSON file of decisions on findings (false-positive, deferred, risk-accepted), shown in "
                    + "every report with the readiness they give; they never change the verdict or --fail-on")
    Path decisionsFile;

    @Option(names = "--rules", paramLabel = "DIR", description = "a folder of your own DRL rules, added to the built-in "
            + "ones: code that runs with your rights, so use only rules you trust")
    Path userRules;

    @Option(names = "--intervals", paramLabel = "FILE",
            description = "a JSON file overriding the default planned intervals (see config/intervals.json)")
    Path intervalsFile;

    @Option(names = {"-q", "--quiet"}, description = "print no summary on the terminal")
    boolean quiet;

    @Option(names = "--save", description = "store the result in the client's history (see history, portfolio, compare --client)")
    boolean save;

    @picocli.CommandLine.Mixin
    HistoryOptions history;

    @picocli.CommandLine.Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Set<ReportFormat> chosen = formats.isEmpty()
                ? EnumSet.of(out == null ? ReportFormat.TEXT : ReportFormat.JSON) : EnumSet.copyOf(formats);
        if (out == null && chosen.stream().anyMatch(f -> !f.isText())) {
            err.println("error: " + chosen.stream().filter(f -> !f.isText()).map(ReportFormat::toString).toList()
                    + " cannot be printed on the terminal: give --out DIR (or --out - for one format)");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        // Where each output goes is settled before anything is read: an output over an input is refused at once.
        Map<String, Path> targets = out == null ? Map.of() : Outputs.targets(new Outputs.Request(out, Outputs.stem(snapshot),
                chosen.stream().map(ReportFormat::extension).toList()),
                java.util.Arrays.asList(snapshot, intervalsFile, decisionsFile));
        List<InputError> settingErrors = new ArrayList<>();
        IntervalSettings intervals = IntervalSettings.defaults();
        if (intervalsFile != null) {
            intervals = intervals.overriddenBy(intervalsFile, settingErrors);
        }
        if (!settingErrors.isEmpty()) {
            return Problems.report(err, intervalsFile + " is not a valid intervals file", settingErrors);
        }
        List<Decision> decisions = List.of();
        if (decisionsFile != null) {
            List<InputError> decisionErrors = new ArrayList<>();
            decisions = DecisionFile.read(decisionsFile, decisionErrors);
            if (!decisionErrors.isEmpty()) {
                return Problems.report(err, decisionsFile + " is not a valid decisions file", decisionErrors);
            }
        }
        Catalogue catalogue = Catalogue.load(Engine.editionOf(snapshot, limits));
        SnapshotLoader loader = Engine.loader(catalogue, limits);
        // The snapshot before the rules: the built-in rules are loading meanwhile (see AssessorCommand.main).
        SnapshotInput input = SnapshotInput.read(loader, snapshot); // JSON, or a workbook
        LoadResult loadResult = input.result();
        if (loadResult instanceof LoadResult.Rejected) {
            return Problems.report(err, snapshot + " is not a valid snapshot", input.errors());
        }
        Engine engine;
        try {
            engine = Engine.with(catalogue, loader, userRules, limits);
        } catch (RuleBaseException e) {
            err.println("error: the rules cannot be built:");
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        AssessmentResult result;
        String overTime = snapshot + ": the assessment took longer than its time limit of " + limits.timeLimitSeconds
                + " s (--time-limit) and a rule did not stop; the run was ended";
        try (RunWatchdog watchdog = RunWatchdog.arm(limits.timeLimit(), RunWatchdog.GRACE, err, overTime,
                AssessorCommand.ending)) {
            result = engine.assessment()
                    .assess((LoadResult.Loaded) loadResult, date == null ? LocalDate.now() : date, intervals);
        } catch (TimeLimitExceeded e) {
            err.println("error: " + snapshot + ": " + e.getMessage() + " (--time-limit)");
            err.flush();
            return ExitCode.BAD_INPUT;
        } catch (org.ismsassessor.assessment.TooManyFindings e) {
            err.println("error: " + snapshot + ": " + e.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        } catch (RuntimeException | StackOverflowError e) {
            return ruleFailed(e, engine, err);
        }
        if (decisionsFile != null) {
            List<InputError> decisionErrors = DecisionFile.checkAgainst(decisions, result);
            if (!decisionErrors.isEmpty()) {
                return Problems.report(err, decisionsFile + " is not a valid decisions file", decisionErrors);
            }
        }
        // The history keeps the result as assessed: decisions are a reading of it, not part of it.
        if (save && !HistorySaving.save(result, ((LoadResult.Loaded) loadResult).snapshot(), history, quiet, err)) {
            return ExitCode.BAD_INPUT;
        }
        AssessmentResult reported = AppliedDecisions.apply(engine.catalogue(), result, decisions);

        if (out == null && !(quiet && formats.isEmpty())) {
            for (ReportFormat format : chosen) {
                stdout.print(new String(render(format, reported, engine), java.nio.charset.StandardCharsets.UTF_8));
            }
        } else if (out != null) {
            Map<String, byte[]> rendered = new LinkedHashMap<>();
            chosen.forEach(format -> rendered.put(format.extension(), render(format, reported, engine)));
            for (Path written : Outputs.write(targets, rendered, stdout)) {
                if (!quiet) {
                    err.println("wrote " + written);
                }
            }
            boolean toStandardOutput = targets.containsValue(null);
            if (!quiet && !toStandardOutput && !chosen.equals(EnumSet.of(ReportFormat.TEXT))) {
                stdout.print(ControlCharacters.escape(TextReport.write(reported, engine.catalogue())));
            }
        }
        stdout.flush();
        err.flush();
        boolean failed = failOn.threshold != null
                && result.findings().stream().anyMatch(f -> f.kind().atLeast(failOn.threshold));
        // Decisions never change --fail-on; --fail-on-undecided is the gate that counts them.
        boolean undecided = failOnUndecided.threshold != null && reported.findings().stream()
                .anyMatch(f -> f.kind().atLeast(failOnUndecided.threshold)
                        && (reported.decisions() == null || !reported.decisions().decides(f.id())));
        return failed || undecided ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** A format's bytes; the text summary with control characters escaped, as it may be shown on a terminal. */
    private static byte[] render(ReportFormat format, AssessmentResult result, Engine engine) {
        if (format == ReportFormat.TEXT) {
            return ControlCharacters.escape(TextReport.write(result, engine.catalogue()))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return format.render(result, engine.catalogue());
    }

    /**
     * A failure while the rules ran: a rule of the user's (a consequence or condition that threw) is the user's to
     * fix, exit code 2, naming the rule and its file; anything else is a bug of the assessor, exit code 3.
     */
    private int ruleFailed(Throwable e, Engine engine, PrintWriter err) {
        Optional<RuleFailures.Failure> failure = RuleFailures.of(e, engine.ruleBase());
        if (failure.isEmpty()) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e;
        }
        RuleFailures.Failure rule = failure.get();
        boolean users = userRules != null && !rule.file().isEmpty() && !rule.file().startsWith("rules/");
        String where = rule.file().isEmpty() ? "" : " (" + rule.file() + ")";
        String error = rule.error().lines().findFirst().orElse("");
        if (!users) {
            err.println("internal error: the built-in rule \"" + rule.rule() + "\"" + where + " failed in its " + rule.part()
                    + ": " + error);
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        err.println("error: your rule \"" + rule.rule() + "\"" + where + " failed in its " + rule.part() + ": " + error);
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
