package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A network scanner's CSV of results, read through a {@link ScannerMapping}. A row naming one CVE is that CVE; a row
 * naming none or several is the scanner's check (its id), with the CVEs in the reference. The port is where on the
 * host. Rows of severity Log or None are information, not vulnerabilities, and are listed rather than imported.
 */
final class ScannerCsv {
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}", Pattern.CASE_INSENSITIVE);

    private ScannerCsv() {
    }

    static ScanReport read(ExportCsv csv, ScannerMapping scanner, String mappingFile, SnapshotMerge merge)
            throws ExportException {
        ColumnMapping mapping = scanner.asColumns(mappingFile);
        int host = mapping.column(csv, "host");
        int severity = mapping.column(csv, "severity");
        if (host < 0 || severity < 0) {
            throw new ExportException(mappingFile, "map at least the columns of host and severity, and identifier or"
                    + " scannerId");
        }
        int hostname = mapping.column(csv, "hostname");
        int identifier = mapping.column(csv, "identifier");
        int scannerId = mapping.column(csv, "scannerId");
        if (identifier < 0 && scannerId < 0) {
            throw new ExportException(mappingFile, "map the column of the identifier (CVEs) or of the scanner's own id");
        }
        int name = mapping.column(csv, "name");
        int port = mapping.column(csv, "port");
        int protocol = mapping.column(csv, "protocol");
        Set<String> targets = new LinkedHashSet<>();
        List<ScanItem> items = new ArrayList<>();
        int informational = 0;
        String firstInformational = null;
        for (ExportCsv.Row row : csv.rows()) {
            String target = ExportCsv.cell(row, host);
            if (target == null) {
                target = ExportCsv.cell(row, hostname);
            }
            if (target == null) {
                merge.error(csv.place(row, host), "no host: every result names the host scanned");
                continue;
            }
            String alias = ExportCsv.cell(row, hostname);
            String scanned = alias != null && !alias.equals(target) ? target + " (" + alias + ")" : target;
            targets.add(scanned);
            String reported = ExportCsv.cell(row, severity);
            ScanSeverity.Outcome outcome = reported == null ? null : ScanSeverity.outcome(reported);
            if (outcome == null) {
                merge.error(csv.place(row, severity), (reported == null ? "no severity" : "'" + reported + "'") + ": "
                        + ScanSeverity.EXPECTED);
                continue;
            }
            if (outcome == ScanSeverity.Outcome.INFORMATIONAL) {
                informational++;
                firstInformational = firstInformational == null ? csv.place(row) : firstInformational;
                continue;
            }
            List<String> cves = cves(ExportCsv.cell(row, identifier));
            String own = ExportCsv.cell(row, scannerId);
            String id = cves.size() == 1 ? cves.get(0).toUpperCase(java.util.Locale.ROOT) : own;
            if (id == null) {
                merge.error(csv.place(row, scannerId), "no identifier: the row names no single CVE and no id of the"
                        + " scanner's check");
                continue;
            }
            String checkName = ExportCsv.cell(row, name);
            String where = ExportCsv.cell(row, port);
            String proto = ExportCsv.cell(row, protocol);
            String component = where == null ? proto : proto == null ? where : where + "/" + proto;
            String reference = id + (checkName == null ? "" : ": " + checkName)
                    + (cves.size() > 1 ? " (" + String.join(", ", cves) + ")" : "")
                    + (component == null ? "" : " on " + component);
            items.add(new ScanItem(scanned, id, component, ScanSeverity.of(reported).orElse(null), reported, reference,
                    csv.place(row)));
        }
        if (informational > 0) {
            merge.note(csv.file(), informational + (informational == 1 ? " result" : " results") + " of severity Log or"
                    + " None (information, not vulnerabilities) not imported, the first at " + firstInformational);
        }
        return new ScanReport(scanner.scanner(), List.copyOf(targets), items);
    }

    private static List<String> cves(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[,;\\s]+")).filter(c -> CVE.matcher(c).matches()).distinct().toList();
    }
}
