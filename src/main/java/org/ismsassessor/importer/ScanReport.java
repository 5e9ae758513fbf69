package org.ismsassessor.importer;

import java.util.List;

/**
 * What a scan report holds: the scanner, every target it scanned (a target without vulnerabilities is scanned clean,
 * which remediates what an earlier scan found there) and the vulnerabilities found.
 */
record ScanReport(String scanner, List<String> targets, List<ScanItem> items) {
}
