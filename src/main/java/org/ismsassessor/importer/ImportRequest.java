package org.ismsassessor.importer;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One import of an export into a snapshot, as the command line asks for it.
 *
 * @param export     the export file
 * @param into       the snapshot merged into
 * @param systemId   accounts: the asset id of the system the accounts are on
 * @param privileged accounts: a list of privileged account ids or logins, or null
 * @param roles      accounts: Entra ID's role assignments export, or null
 * @param mapping    HR: the mapping file; scanner CSV: a mapping file or the name of a built-in one, or null
 * @param assetId    vulnerabilities: the asset every scanned target is, or null to match targets to asset names
 * @param scanDate   vulnerabilities: the day of the scan (discovery and remediation dates)
 */
public record ImportRequest(ImportKind kind, Path export, Path into, String systemId, Path privileged, Path roles,
        String mapping, String assetId, LocalDate scanDate) {
}
