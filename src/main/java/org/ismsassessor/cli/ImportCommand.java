package org.ismsassessor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.workbook.SnapshotImport;
import org.ismsassessor.workbook.Terminal;
import org.ismsassessor.workbook.XlsxReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE... [--into SNAPSHOT] --out SNAPSHOT.json}: workbooks and CSV files read into a snapshot, or with
 * {@code --kind} an identity provider's, HR system's or scanner's export merged into one.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads ISMS workbooks (.xlsx) or CSV files named after sections (people.csv, risks.csv) into a "
                + "snapshot, checked as validate does; or merges an export of accounts (Entra ID, Google Workspace, Okta), "
                + "people (an HR CSV) or vulnerabilities (Trivy, Grype, a scanner CSV) into the snapshot --into "
                + "(see docs/importing.md). Every problem is reported at once with its cell, line or JSON path; nothing "
                + "is written when anything is wrong.")
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "workbooks (.xlsx) and CSV files (<section>.csv), or one export (see --kind)")
    List<Path> files;

    @Option(names = "--into", paramLabel = "SNAPSHOT",
            description = "merge into this snapshot: an entry with the id of an existing one replaces it, new ids are "
                    + "added, entries not in the files are kept; single sections are merged field by field")
    Path into;

    @Option(names = "--out", paramLabel = "SNAPSHOT.json", description = "where to write the snapshot")
    Path out;

    @Option(names = "--dry-run", description = "check and report only; write nothing")
    boolean dryRun;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "what FILE is: workbook (the ISMS workbook or section CSV files), entra-users, google-users, "
                    + "okta-users, hr-csv, trivy, grype or scanner-csv (default: detected from the file's content, "
                    + "else workbook)")
    String kind;

    @Option(names = "--system", paramLabel = "ID",
            description = "accounts: the asset id of the system the accounts are on")
    String system;

    @Option(names = "--privileged", paramLabel = "FILE",
            description = "accounts: the privileged accounts, one account id or login a line")
    Path privileged;

    @Option(names = "--roles", paramLabel = "FILE",
            description = "entra-users: Entra ID's role assignments export; every principal in it is privileged")
    Path roles;

    @Option(names = "--mapping", paramLabel = "FILE|NAME",
            description = "hr-csv: the mapping file naming the export's columns; scanner-csv: greenbone, nessus or a "
                    + "mapping file (default: detected from the columns)")
    String mapping;

    @Option(names = "--asset", paramLabel = "ID",
            description = "vulnerabilities: the asset scanned (default: the asset whose id or name matches the scanned target)")
    String asset;

    @Option(names = "--scan-date", paramLabel = "YYYY-MM-DD",
            description = "vulnerabilities: the day of the scan, first discovery of what is new and remediation of what "
                    + "is gone (default: today)")
    java.time.LocalDate scanDate;

    @picocli.CommandLine.Mixin
    LimitOptions limits;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (out == null && !dryRun) {
            err.println("error: give --out SNAPSHOT.json (or --dry-run to check only)");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        java.util.Optional<org.ismsassessor.importer.ImportKind> importKind = ExportImport.kindOf(kind, files,
                limits.limits().maxBytes(), err);
        if (importKind.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        if (importKind.get() != org.ismsassessor.importer.ImportKind.WORKBOOK) {
            return ExportImport.run(this, importKind.get(), spec.commandLine().getOut(), err);
        }
        List<String> misuse = ExportImport.workbookMisuse(this);
        if (!misuse.isEmpty()) {
            misuse.forEach(m -> err.println("error: " + m));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (into != null) {
            WorkbookEdition.refuseOtherEdition(into, limits);
        }
        Terminal.XlsxReaderProgress progress = Terminal.standardErrorIsTerminal() ? Terminal.progress(err) : null;
        XlsxReader.Progress shown = progress != null ? progress : XlsxReader.Progress.NONE;
        SnapshotImport.Result result = new SnapshotImport(Engine.loader(Catalogue.load(Edition.ISO27001_2005), limits))
                .importFiles(files, into, shown);
        if (progress != null) {
            progress.done();
        }
        String what = String.join(", ", files.stream().map(Path::toString).toList());
        if (!result.ok()) {
            return Problems.report(err, what + (files.size() == 1 ? " does" : " do") + " not make a valid snapshot"
                    + (dryRun ? "" : "; nothing was written"), result.errors());
        }
        SnapshotImport.Counts counts = result.counts();
        String summary = String.format(Locale.ROOT, "%,d %s from %d %s", counts.entries(),
                counts.entries() == 1 ? "entry" : "entries", counts.tables(), counts.tables() == 1 ? "sheet" : "sheets")
                + (into == null ? "" : String.format(Locale.ROOT, "; merged into %s: %d replaced, %d added, %d kept",
                        into, counts.replaced(), counts.added(), counts.kept()));
        if (dryRun) {
            spec.commandLine().getOut().println(what + (files.size() == 1 ? " makes" : " make") + " a valid snapshot ("
                    + summary + "); nothing written (--dry-run)");
        } else {
            WorkbookFiles.write(out, stream -> stream.write(result.json()));
            spec.commandLine().getOut().println("wrote " + out + " (" + summary + ")");
        }
        return ExitCode.OK;
    }
}
