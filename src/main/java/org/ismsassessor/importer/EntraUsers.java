package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ismsassessor.snapshot.InputError;

/**
 * Microsoft Entra ID's users CSV (admin center, Users, All users, Download users): the user principal name is the
 * login, {@code mail} the e-mail (the UPN when blank), {@code accountEnabled} the enabled state, {@code createdDateTime}
 * the creation date. The download carries no sign-in date.
 */
final class EntraUsers implements IdentityExport {
    static final String KIND = "Entra ID's users download";

    @Override
    public List<IdentityAccount> read(ExportCsv csv, List<InputError> problems) throws ExportException {
        int upn = csv.required("userPrincipalName", KIND);
        int displayName = csv.required("displayName", KIND);
        int enabled = csv.required("accountEnabled", KIND);
        int mail = csv.column("mail");
        int created = csv.column("createdDateTime");
        List<IdentityAccount> accounts = new ArrayList<>();
        for (ExportCsv.Row row : csv.rows()) {
            String login = ExportCsv.cell(row, upn);
            if (login == null) {
                problems.add(new InputError(csv.place(row, upn), "no user principal name: every user of the download has one"));
                continue;
            }
            String email = ExportCsv.cell(row, mail);
            accounts.add(new IdentityAccount(login, ExportCsv.cell(row, displayName), email != null ? email : login,
                    enabled(csv, row, enabled, problems), IdentityExport.date(csv, row, created, problems), null,
                    csv.place(row)));
        }
        return accounts;
    }

    private static Boolean enabled(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems) {
        return IdentityExport.enabled(csv, row, column, problems, Set.of("true", "yes"), Set.of("false", "no"),
                text -> "expected True or False, not '" + text + "'");
    }
}
