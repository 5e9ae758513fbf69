package org.ismsassessor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ismsassessor.snapshot.InputError;

/**
 * Okta's Password Health report (Admin Console, Reports, Okta Password Health; a CSV): {@code Login} is the login
 * (and the e-mail when it is one), {@code User} the display name, {@code Status} the enabled state, {@code Activation
 * date} the creation date and {@code Last Login} the last sign-in.
 */
final class OktaUsers implements IdentityExport {
    static final String KIND = "Okta's Password Health report";
    /** Statuses of an account that can sign in, or be brought back to it by the user alone (a reset, an unlock). */
    static final Set<String> ENABLED = Set.of("ACTIVE", "PASSWORD_EXPIRED", "LOCKED_OUT", "RECOVERY", "PROVISIONED");
    /** Statuses of an account that cannot sign in: never activated, suspended or deactivated by an administrator. */
    static final Set<String> DISABLED = Set.of("STAGED", "SUSPENDED", "DEPROVISIONED");

    @Override
    public List<IdentityAccount> read(ExportCsv csv, List<InputError> problems) throws ExportException {
        int login = csv.required("Login", KIND);
        int status = csv.required("Status", KIND);
        int user = csv.column("User");
        int activated = csv.column("Activation date");
        int lastLogin = csv.column("Last Login");
        List<IdentityAccount> accounts = new ArrayList<>();
        for (ExportCsv.Row row : csv.rows()) {
            String name = ExportCsv.cell(row, login);
            if (name == null) {
                problems.add(new InputError(csv.place(row, login), "no login: every user of the report has one"));
                continue;
            }
            accounts.add(new IdentityAccount(name, ExportCsv.cell(row, user), name.contains("@") ? name : null,
                    enabled(csv, row, status, problems), IdentityExport.date(csv, row, activated, problems),
                    IdentityExport.date(csv, row, lastLogin, problems, "Never"), csv.place(row)));
        }
        return accounts;
    }

    private static Boolean enabled(ExportCsv csv, ExportCsv.Row row, int column, List<InputError> problems) {
        return IdentityExport.enabled(csv, row, column, problems, ENABLED, DISABLED,
                text -> "'" + text + "' is not an Okta user status: expected one of "
                        + "ACTIVE, PASSWORD_EXPIRED, LOCKED_OUT, RECOVERY, PROVISIONED, STAGED, SUSPENDED, DEPROVISIONED");
    }
}
