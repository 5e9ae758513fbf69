package org.ismsassessor.importer;

import java.time.LocalDate;

/**
 * An account as an identity provider's export shows it.
 *
 * @param login       the user principal name or e-mail the account signs in with; its id is derived from it
 * @param email       the e-mail address, to match the account to a person (the login when the export has none)
 * @param enabled     false when the account cannot sign in (disabled, suspended, deprovisioned)
 * @param place       where it is in the export, for the output
 */
record IdentityAccount(String login, String displayName, String email, Boolean enabled, LocalDate createdOn,
        LocalDate lastSignInOn, String place) {
}
