package org.ismsassessor.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which columns of a scanner's CSV hold what: the host scanned (and its host name), the CVEs, the scanner's own id of
 * the check, its name, the severity, the port and protocol. Built in for Greenbone/OpenVAS ({@code greenbone}) and
 * Nessus ({@code nessus}); any other scanner's CSV is read with a mapping file of these keys.
 */
record ScannerMapping(String scanner, Map<String, String> columns) {
    static final List<String> KEYS = List.of("host", "hostname", "identifier", "scannerId", "name", "severity", "port",
            "protocol");

    /** Greenbone Security Assistant's "CSV Results" report format (GVM 21.4 and later). */
    static final ScannerMapping GREENBONE = new ScannerMapping("greenbone", Map.of("host", "IP", "hostname", "Hostname",
            "identifier", "CVEs", "scannerId", "NVT OID", "name", "NVT Name", "severity", "Severity", "port", "Port",
            "protocol", "Port Protocol"));
    /** Nessus's (and Tenable's) CSV export of a scan's vulnerabilities. */
    static final ScannerMapping NESSUS = new ScannerMapping("nessus", Map.of("host", "Host", "identifier", "CVE",
            "scannerId", "Plugin ID", "name", "Name", "severity", "Risk", "port", "Port", "protocol", "Protocol"));

    static Optional<ScannerMapping> named(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "greenbone", "openvas" -> Optional.of(GREENBONE);
            case "nessus" -> Optional.of(NESSUS);
            default -> Optional.empty();
        };
    }

    /** The built-in mapping whose columns a header has, if one. */
    static Optional<ScannerMapping> preset(List<String> header) {
        List<String> lower = header.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
        if (lower.contains("nvt oid") && lower.contains("ip") && lower.contains("severity")) {
            return Optional.of(GREENBONE);
        }
        if (lower.contains("plugin id") && lower.contains("risk") && lower.contains("host")) {
            return Optional.of(NESSUS);
        }
        return Optional.empty();
    }

    static ScannerMapping of(ColumnMapping mapping) {
        return new ScannerMapping("scanner-csv", mapping.columns());
    }

    ColumnMapping asColumns(String file) {
        return new ColumnMapping(file, columns);
    }
}
