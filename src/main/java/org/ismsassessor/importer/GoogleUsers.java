package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ismsassessor.snapshot.InputError;

/**
 * Google Workspace's users CSV (Admin console, Directory, Users, Download users): the primary e-mail is the login,
 * first and last name the display name, {@code Status [READ ONLY]} the enabled state (Active; Suspended and Archived
 * users cannot sign in), {@code Last Sign In [READ ONLY]} the last sign-in ("Never logged in": never). The download
 * carries no creation date.
 */
final class GoogleUsers implements IdentityExport {
    static final String EMAIL = "Email Address [Required]";
    static final String STATUS = "Status [READ ONLY]";
    static final String KIND = "Google Workspace's users download";

    @Override
    public List<IdentityAccount> read(ExportCsv csv, List<InputError> problems) throws ExportException {
        int email = csv.required(EMAIL, KIND);
        int status = csv.required(STATUS, KIND);
        int first = csv.column("First Name [Required]");
        int last = csv.column("Last Name [Required]");
        int lastSignIn = csv.column("Last Sign In [READ ONLY]");
        List<IdentityAccount> accounts = new ArrayList<>();
        for (ExportCsv.Row row : csv.rows()) {
            String login = ExportCsv.cell(row, email);
            if (login == null) {
                problems.add(new InputError(csv.place(row, email), "no e-mail address: every user of the download has one"));
                continue;
            }
            String name = String.join(" ", java.util.stream.Stream.of(ExportCsv.cell(row, first), ExportCsv.cell(row, last))
                    .filter(java.util.Objects::nonNull).toList());
            accounts.add(new IdentityAccount(login, name.isEmpty() ? null : name, login, enabled(csv, row, status, problems),
                    null, IdentityExport.date(csv, row, lastSignIn, problems, "Never logged in"), csv.place(row)));
        }
        return accounts;
    }

    private static Boolean enabled(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems) {
        return IdentityExport.enabled(csv, row, column, problems, Set.of("active"), Set.of("suspended", "archived"),
                text -> "expected Active, Suspended or Archived, not '" + text + "'");
    }
}
