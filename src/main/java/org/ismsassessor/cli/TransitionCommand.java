package org.ismsassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.Snapshot;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.ismsassessor.workbook.SnapshotImport;
import org.ismsassessor.transition.Mappings;
import org.ismsassessor.transition.Soa2013Csv;
import org.ismsassessor.transition.SoaDecision;
import org.ismsassessor.transition.SoaEdition;
import org.ismsassessor.transition.Transition;
import org.ismsassessor.transition.TransitionFormat;
import org.ismsassessor.transition.TransitionReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code transition SNAPSHOT --to iso27001-2022}: an SoA of an earlier edition re-expressed in the 2022 controls. */
@Command(name = "transition", mixinStandardHelpOptions = true,
        description = {"Moves a Statement of Applicability to ISO/IEC 27001:2022: for each 2022 control, the earlier "
                + "decisions it comes from and whether they carry over or need a new decision; the controls and clause "
                + "obligations with nothing to carry over; the earlier decisions with no 2022 control.",
            "SNAPSHOT is a 2005 snapshot (JSON or workbook): it is also assessed by the ISO/IEC 27001:2022 rule pack, "
                + "re-expressed in 2022 terms, and everything is grouped into a transition plan per clause and theme. "
                + "Or give a 2013 SoA as CSV with --soa-2013."})
final class TransitionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SNAPSHOT",
            description = "the snapshot (ISO/IEC 27001:2005): a JSON file or an ISMS workbook (.xlsx)")
    Path snapshot;

    @Option(names = "--to", required = true, paramLabel = "EDITION", description = "the edition to move to: iso27001-2022")
    String to;

    @Option(names = "--soa-2013", paramLabel = "FILE",
            description = "a 2013 SoA as CSV, or as a sheet of a workbook (.xlsx), with the columns control, applicable, status,"
                    + " justification, to move instead of the snapshot's")
    Path soa2013;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: the one --out's "
                    + "extension names, else markdown)")
    List<TransitionFormat> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "PATH",
            description = "write here: a file when it ends with the extension of the one format chosen (.md, .html, "
                    + ".json, .xlsx), - for standard output, otherwise a folder receiving <name>-transition.<ext> per "
                    + "format; never over an input")
    Path out;

    @Option(names = "--write-snapshot", paramLabel = "FILE",
            description = "also write the snapshot re-expressed in 2022 terms (the one the 2022 rule pack assesses) to "
                    + "FILE, a start for the organization's 2022 snapshot; never over an input")
    Path writeSnapshot;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date the report is as of (default: today)")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Transition.TARGET.equals(to)) {
            err.println("error: --to " + to + ": expected " + Transition.TARGET + " (the only edition a transition goes to)");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (writeSnapshot != null && (snapshot == null || soa2013 != null)) {
            err.println("error: --write-snapshot re-expresses a SNAPSHOT's SoA: give a snapshot and no --soa-2013");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (snapshot == null && soa2013 == null) {
            err.println("error: give a SNAPSHOT (ISO/IEC 27001:2005) or --soa-2013 FILE (a 2013 SoA as CSV)");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Set<TransitionFormat> chosen = formats.isEmpty() ? EnumSet.of(formatOfOut()) : EnumSet.copyOf(formats);
        if (out == null && chosen.stream().anyMatch(f -> !f.isText())) {
            err.println("error: xlsx cannot be printed on the terminal: give --out FILE.xlsx or a folder");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Path named = soa2013 != null ? soa2013 : snapshot;
        Map<String, Path> targets = out == null ? Map.of() : Outputs.targets(new Outputs.Request(out,
                Outputs.stem(named).replaceFirst("(?i)\\.csv$", "") + "-transition",
                chosen.stream().map(TransitionFormat::extension).toList()), Arrays.asList(snapshot, soa2013));

        // Checked before anything is assessed: a --write-snapshot over an input is refused at once.
        Map<String, Path> snapshotTarget = writeSnapshot == null ? null : Outputs.targets(new Outputs.Request(writeSnapshot,
                Outputs.stem(named) + "-2022", List.of("json")), Arrays.asList(snapshot, soa2013));
        Mappings mappings = Mappings.load();
        String organization = null;
        Map<String, SoaDecision> decisions = null;
        byte[] snapshotJson = null;
        if (snapshot != null) {
            Snapshot loaded = readSnapshot(err);
            if (loaded == null) {
                return ExitCode.BAD_INPUT;
            }
            snapshotJson = json;
            organization = loaded.organization() != null ? loaded.organization().name() : loaded.name();
            if (soa2013 == null && loaded.statementOfApplicability() != null) {
                decisions = SoaDecision.of(loaded.statementOfApplicability());
            }
        }
        if (soa2013 != null) {
            // A workbook sheet or a CSV file, told apart by the file's extension.
            Soa2013Csv.Result read = org.ismsassessor.transition.Soa2013Sheet.isWorkbook(soa2013)
                    ? org.ismsassessor.transition.Soa2013Sheet.read(soa2013, mappings.iso2013())
                    : Soa2013Csv.read(soa2013.toString(), readText(soa2013), mappings.iso2013());
            if (!read.ok()) {
                return Problems.report(err, soa2013 + " is not a valid 2013 SoA", read.errors());
            }
            decisions = read.decisions();
        }
        if (organization == null) {
            organization = Outputs.stem(named).replaceFirst("(?i)\\.csv$", "");
        }
        LocalDate asOf = date == null ? LocalDate.now() : date;
        TransitionReport reexpressed = new Transition(mappings).reexpress(
                soa2013 != null ? SoaEdition.ISO27001_2013 : SoaEdition.ISO27001_2005, decisions,
                new Transition.Subject(organization, named.getFileName().toString(), asOf));
        TransitionReport report;
        if (soa2013 != null) {
            report = reexpressed.withPackFindings(TransitionReport.PackFindings.notAssessed("a 2013 SoA given as CSV holds "
                    + "decisions, not the facts the ISO/IEC 27001:2022 rule pack checks; give a snapshot without "
                    + "--soa-2013 to have it assessed."));
        } else {
            PackAssessment assessed = PackAssessment.of(snapshotJson, reexpressed, mappings, asOf);
            report = reexpressed.withPackFindings(assessed.findings());
            if (snapshotTarget != null) {
                for (Path written : Outputs.write(snapshotTarget, Map.of("json", assessed.snapshot()), stdout)) {
                    err.println("wrote " + written);
                }
            }
        }

        if (out == null) {
            chosen.forEach(f -> stdout.print(new String(f.render(report), StandardCharsets.UTF_8)));
        } else {
            Map<String, byte[]> rendered = new LinkedHashMap<>();
            chosen.forEach(f -> rendered.put(f.extension(), f.render(report)));
            for (Path written : Outputs.write(targets, rendered, stdout)) {
                err.println("wrote " + written);
            }
        }
        stdout.flush();
        err.flush();
        return ExitCode.OK;
    }

    /** The format --out's file name names (plan.xlsx), or Markdown. */
    private TransitionFormat formatOfOut() {
        String name = out == null || out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(TransitionFormat.values()).filter(f -> name.endsWith("." + f.extension())).findFirst()
                .orElse(TransitionFormat.MARKDOWN);
    }

    /** The snapshot's JSON as read (a workbook's as imported), kept to be re-expressed in 2022 terms. */
    private byte[] json;

    private Snapshot readSnapshot(PrintWriter err) {
        SnapshotLoader loader = Engine.loader(Catalogue.load(Edition.ISO27001_2005), new LimitOptions());
        LoadResult result;
        List<org.ismsassessor.snapshot.InputError> errors;
        if (SnapshotImport.isWorkbook(snapshot)) {
            SnapshotImport.Result imported = new SnapshotImport(loader).importFiles(List.of(snapshot), null,
                    (table, rows) -> {
                    });
            result = imported.ok() ? imported.loaded() : new LoadResult.Rejected(imported.errors());
            errors = imported.errors();
            json = imported.json();
        } else {
            SnapshotInput input = SnapshotInput.read(loader, snapshot);
            result = input.result();
            errors = input.errors();
            if (result instanceof LoadResult.Loaded) {
                try {
                    json = Files.readAllBytes(snapshot);
                } catch (IOException e) {
                    throw new Refusal("cannot read " + snapshot + ": " + Outputs.reason(e));
                }
            }
        }
        if (result instanceof LoadResult.Rejected) {
            Problems.report(err, snapshot + " is not a valid snapshot", errors);
            return null;
        }
        Snapshot loaded = ((LoadResult.Loaded) result).snapshot();
        if (loaded.edition() != null && !loaded.edition().equals(SoaEdition.ISO27001_2005.id())) {
            err.println("error: " + snapshot + " is a snapshot of " + loaded.edition() + ": the transition reads "
                    + SoaEdition.ISO27001_2005.id() + " snapshots (give a 2013 SoA with --soa-2013)");
            err.flush();
            return null;
        }
        return loaded;
    }

    private static String readText(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(file + ": not UTF-8 text: save the SoA as CSV in UTF-8");
        } catch (IOException e) {
            throw new Refusal("cannot read " + file + ": " + Outputs.reason(e));
        }
    }
}
