package org.ismsassessor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.logging.StandardErrorLogging;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code isms-assessor} command and its sub-commands. */
@Command(name = "isms-assessor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Assesses an organization's ISMS snapshot against ISO/IEC 27001, requirement by requirement.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:assessed or valid; no finding at or above --fail-on",
            "1:findings at or above --fail-on; compare: a regression with --fail-on-regression",
            "2:bad input or usage: invalid snapshot (the message names the JSON path), bad option or value, an error "
                    + "in your --rules (named), --time-limit passed, an output that cannot be written",
            "3:internal error of the assessor, out of memory, or an exit requested before the run finished"})
public final class AssessorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "also print the libraries' warnings and notes (log level INFO), with stack traces")
    void verbose(boolean on) {
        if (on) {
            verbose = true;
            StandardErrorLogging.verbose();
        }
    }

    /** --verbose was given (serve passes it on to the service's logging). */
    static volatile boolean verbose;

    /**
     * How a run past its --time-limit whose rules do not stop is ended: halting the JVM in a real run (see main);
     * tests calling {@link #run(PrintWriter, PrintWriter, String...)} in their own JVM leave it null (no watchdog).
     */
    static volatile RunWatchdog.Ending ending;

    public static void main(String[] args) {
        if (needsBuiltInRules(args)) {
            // Load the rules while the command line is parsed and the catalogue and snapshot are read.
            RuleBase.preload(Edition.ISO27001_2005);
        }
        if (args.length == 0 || !args[0].equals("serve")) {
            ExitGuard.install(System.err);
        }
        ending = code -> Runtime.getRuntime().halt(code);
        // A helper thread out of memory (the schema pass of a large snapshot) passes it on to the run, which says so
        // in one line: no trace of the thread's own.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                System.err.println("internal error: " + e + " (in thread " + thread.getName() + ")");
            }
        });
        int code = run(StandardOutput.over(new FileOutputStream(FileDescriptor.out), Terminal.charset()),
                new PrintWriter(System.err, true), args);
        ExitGuard.finished();
        System.exit(code);
    }

    /** True for the commands that assess with the built-in rules alone. */
    static boolean needsBuiltInRules(String... args) {
        List<String> all = List.of(args);
        return args.length > 0 && Set.of("assess", "assess-all", "catalogue").contains(args[0])
                && all.stream().noneMatch(a -> a.equals("--rules") || a.startsWith("--rules="))
                && !all.contains("--help") && !all.contains("-h");
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * The sub-commands, in the order of the usage text. picocli reads each one's options by reflection when it is
     * added, which took a tenth of a small assessment's start; a command line naming one gets only that one.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("assess", AssessCommand::new);
        all.put("validate", ValidateCommand::new);
        all.put("catalogue", CatalogueCommand::new);
        all.put("compare", CompareCommand::new);
        all.put("history", HistoryCommand::new);
        all.put("portfolio", PortfolioCommand::new);
        all.put("generate", GenerateCommand::new);
        all.put("assess-all", AssessAllCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("audit-log", AuditLogCommand::new);
        all.put("template", TemplateCommand::new);
        all.put("import", ImportCommand::new);
        all.put("export", ExportCommand::new);
        all.put("transition", TransitionCommand::new);
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * Runs the command line writing to the given streams; returns its exit code. Whatever happens, the user gets one
     * line saying what went wrong, never a stack trace: a refusal or a file that cannot be read or written is exit
     * code 2, running out of memory exit code 3 with how to give more, a failure of standard output exit code 2.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter errors = new PrintWriter(new EscapingWriter(err), true);
        int code;
        try {
            code = execute(out, errors, args);
            out.flush();
        } catch (OutOfMemoryError e) {
            code = outOfMemory(errors);
        }
        if (out.checkError() && code != ExitCode.INTERNAL_ERROR) {
            String reason = out instanceof StandardOutput standard
                    ? standard.failure().map(Outputs::reason).orElse("an error of the stream") : "an error of the stream";
            errors.println("error: cannot write to standard output: " + reason);
            code = ExitCode.BAD_INPUT;
        }
        errors.flush();
        return code;
    }

    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AssessorCommand());
        boolean named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]);
        SUBCOMMANDS.forEach((name, command) -> {
            if (!named || name.equals(args[0])) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("Run with --help for usage.");
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> failed(e, cl.getErr()));
        return commandLine.execute(args);
    }

    /** The exit code of a command that threw, after one line saying why. */
    static int failed(Throwable e, PrintWriter err) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return outOfMemory(err);
            }
        }
        if (e instanceof Refusal) {
            err.println("error: " + e.getMessage());
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            IOException io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
            err.println("error: " + file + Outputs.reason(io));
        } else {
            err.println("internal error: " + e);
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** Out of memory: one line saying how to give the JVM more; the snapshot is usually the cause. */
    private static int outOfMemory(PrintWriter err) {
        long maxMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("error: out of memory: the Java heap of " + maxMib + " MiB is too small for this run; give more with "
                + "ISMS_ASSESSOR_JAVA_OPTS=-Xmx" + Math.max(2, Math.min(64, 2 * ((maxMib + 1023) / 1024))) + "g "
                + "./isms-assessor ... (or java -Xmx... -jar isms-assessor.jar ...)");
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /** No command: the usage, on standard error, and exit code 2. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: no command given");
        spec.commandLine().usage(err, CommandLine.Help.Ansi.OFF);
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
