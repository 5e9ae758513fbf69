package org.ismsassessor.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ismsassessor.snapshot.InputError;

/**
 * Who holds privileges, which a users export does not say: a list of account ids or logins (one a line, {@code #}
 * for comments), or Entra ID's role assignments export (Privileged Identity Management, Microsoft Entra roles,
 * Export: the {@code PrincipalName} of each assignment, active or eligible, with its {@code Role Name}).
 *
 * @param where each name (lowercased) and where it is named, as written there
 */
record Privileges(Map<String, Named> where) {

    /** A name as the file writes it, and its place there. */
    record Named(String name, String place) {
    }

    static final String ROLES_KIND = "Entra ID's role assignments export";

    static Privileges ofList(String file, String text) {
        Map<String, Named> where = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                where.putIfAbsent(line.toLowerCase(Locale.ROOT), new Named(line, file + " line " + (i + 1)));
            }
        }
        return new Privileges(where);
    }

    static Privileges ofRoleAssignments(ExportCsv csv, List<InputError> problems) throws ExportException {
        // Graph PowerShell reports of the same assignments name the column after the user's UPN.
        int principal = csv.column("UserPrincipalName") >= 0 && csv.column("PrincipalName") < 0
                ? csv.column("UserPrincipalName") : csv.required("PrincipalName", ROLES_KIND);
        int role = csv.column("Role Name");
        Map<String, Named> where = new LinkedHashMap<>();
        for (ExportCsv.Row row : csv.rows()) {
            String name = ExportCsv.cell(row, principal);
            if (name == null) {
                problems.add(new InputError(csv.place(row, principal), "no principal name: each assignment names the user"
                        + " who holds the role"));
                continue;
            }
            String roleName = ExportCsv.cell(row, role);
            where.putIfAbsent(name.toLowerCase(Locale.ROOT), new Named(name, csv.place(row)
                    + (roleName == null ? "" : " (" + roleName + ")")));
        }
        return new Privileges(where);
    }

    boolean holds(String accountId, String login) {
        return where.containsKey(accountId.toLowerCase(Locale.ROOT)) || where.containsKey(login.toLowerCase(Locale.ROOT));
    }
}
