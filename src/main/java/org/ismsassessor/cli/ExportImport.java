package org.ismsassessor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.importer.ImportKind;
import org.ismsassessor.importer.ImportRequest;
import org.ismsassessor.importer.Importers;
import org.ismsassessor.workbook.SnapshotImport;

/**
 * The {@code import} of an identity provider's, HR system's or scanner's export ({@code --kind}): checks the options
 * the kind needs, runs the importer and tells what changed and what could not be mapped.
 */
final class ExportImport {

    private ExportImport() {
    }

    /** The kind of import: the one asked for, else the one a single file's content shows, else the workbook import. */
    static Optional<ImportKind> kindOf(String asked, List<Path> files, long maxBytes, PrintWriter err) {
        if (asked != null) {
            Optional<ImportKind> kind = ImportKind.of(asked);
            if (kind.isEmpty()) {
                err.println("error: --kind " + asked + " is not a kind of import; expected one of: "
                        + String.join(", ", ImportKind.options()));
                err.flush();
            }
            return kind;
        }
        Path file = files.size() == 1 ? files.get(0) : null;
        try {
            if (file != null && Files.isRegularFile(file) && Files.size(file) <= maxBytes
                    && !SnapshotImport.isWorkbook(file)) {
                return Optional.of(ImportKind.detect(startOf(file)).orElse(ImportKind.WORKBOOK));
            }
        } catch (IOException unreadable) {
            // the workbook import tells why it cannot be read
        }
        return Optional.of(ImportKind.WORKBOOK);
    }

    /** Enough of a file to tell its kind: a JSON report whole (its fields may come in any order), a CSV's first lines. */
    private static byte[] startOf(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(64 * 1024);
            String text = new String(start, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return text.startsWith("{") ? Files.readAllBytes(file) : start;
        }
    }

    static int run(ImportCommand command, ImportKind kind, PrintWriter out, PrintWriter err) throws IOException {
        List<String> misuse = misuse(command, kind);
        if (!misuse.isEmpty()) {
            misuse.forEach(m -> err.println("error: " + m));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Path export = command.files.get(0);
        LocalDate scanDate = command.scanDate != null ? command.scanDate : LocalDate.now();
        ImportRequest request = new ImportRequest(kind, export, command.into, command.system, command.privileged,
                command.roles, command.mapping, command.asset, scanDate);
        // The exports merge people, accounts and vulnerabilities, no control: a snapshot of either edition takes them.
        Edition edition = command.into == null ? Edition.ISO27001_2005 : Engine.editionOf(command.into, command.limits);
        Importers.Outcome outcome = new Importers(Engine.loader(Catalogue.load(edition), command.limits))
                .run(request);
        String what = export + " (" + kind.option() + ")";
        if (!outcome.ok()) {
            return Problems.report(err, what + " cannot be merged into " + command.into
                    + (command.dryRun ? "" : "; nothing was written"), outcome.errors());
        }
        String counts = String.format(Locale.ROOT, "%,d %s read; %s", outcome.read(), items(kind, outcome.read()),
                outcome.changes().none() ? "nothing changed"
                        : outcome.changes().added() + " added, " + outcome.changes().changed() + " changed");
        if (command.dryRun) {
            out.println(what + " would be merged into " + command.into + " (" + counts + "); nothing written (--dry-run)");
            outcome.changes().lines().forEach(line -> out.println("  " + line));
        } else {
            WorkbookFiles.write(command.out, stream -> stream.write(outcome.json()));
            out.println("wrote " + command.out + " (" + what + " merged into " + command.into + ": " + counts + ")");
        }
        if (!outcome.notes().isEmpty()) {
            out.println(outcome.notes().size() + (outcome.notes().size() == 1 ? " note" : " notes")
                    + " (read but not mapped or matched):");
            outcome.notes().forEach(note -> out.println("  " + note));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String items(ImportKind kind, int count) {
        String item = kind.isAccounts() ? "account" : kind == ImportKind.HR_CSV ? "person" : "vulnerability";
        if (count == 1) {
            return item;
        }
        return switch (item) {
            case "person" -> "people";
            case "vulnerability" -> "vulnerabilities";
            default -> item + "s";
        };
    }

    /** The options of the export importers given to the workbook import, in words: they would be ignored. */
    static List<String> workbookMisuse(ImportCommand command) {
        List<String> problems = new ArrayList<>();
        String option = "the workbook import (--kind workbook)";
        reject(problems, command.system, "--system", option);
        reject(problems, command.privileged, "--privileged", option);
        reject(problems, command.roles, "--roles", option);
        reject(problems, command.mapping, "--mapping", option);
        reject(problems, command.asset, "--asset", option);
        reject(problems, command.scanDate, "--scan-date", option);
        return problems;
    }

    /** The options that do not fit the kind, in words. */
    private static List<String> misuse(ImportCommand command, ImportKind kind) {
        List<String> problems = new ArrayList<>();
        String option = "--kind " + kind.option();
        if (command.files.size() != 1) {
            problems.add(option + " reads one export at a time, not " + command.files.size() + " files");
        }
        if (command.into == null) {
            problems.add(option + " merges into a snapshot: give --into SNAPSHOT");
        }
        if (!kind.isAccounts()) {
            reject(problems, command.system, "--system", option);
            reject(problems, command.privileged, "--privileged", option);
        }
        if (kind != ImportKind.ENTRA_USERS) {
            reject(problems, command.roles, "--roles", option);
        }
        if (kind != ImportKind.HR_CSV && kind != ImportKind.SCANNER_CSV) {
            reject(problems, command.mapping, "--mapping", option);
        }
        if (!kind.isVulnerabilities()) {
            reject(problems, command.asset, "--asset", option);
            reject(problems, command.scanDate, "--scan-date", option);
        }
        return problems;
    }

    private static void reject(List<String> problems, Object value, String name, String option) {
        if (value != null) {
            problems.add(name + " does not apply to " + option);
        }
    }
}
