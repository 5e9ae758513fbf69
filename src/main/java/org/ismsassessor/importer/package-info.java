/**
 * Importers for the exports organizations already keep: accounts from identity providers (Microsoft Entra ID, Google
 * Workspace, Okta), people from an HR system's CSV, vulnerabilities from scanners (Trivy, Grype, Greenbone/OpenVAS or
 * Nessus CSV). Each reads one export and merges it into a snapshot, idempotently: entries get ids derived from what
 * the export says (never from row order), so importing the same export again changes nothing. What cannot be mapped
 * is listed with its line or JSON path, never dropped silently. Used by the {@code import --kind} command.
 */
package org.ismsassessor.importer;
