package org.ismsassessor.importer;

import org.ismsassessor.snapshot.Severity;

/**
 * One vulnerability a scanner reports.
 *
 * @param target     what was scanned, as the report names it (an image, a directory, a host)
 * @param identifier the vulnerability's identifier: a CVE, a GHSA, or the scanner's own
 * @param component  where on the target: a package, or for a network scanner the port
 * @param severity   by the severity table; null when the scanner does not know it
 * @param reported   the severity as the scanner wrote it
 * @param reference  the text kept as the vulnerability's reference
 * @param place      where it is in the report (a line or a JSON path)
 */
record ScanItem(String target, String identifier, String component, Severity severity, String reported, String reference,
        String place) {
}
