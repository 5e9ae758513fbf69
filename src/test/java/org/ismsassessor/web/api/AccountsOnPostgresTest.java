package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;

/** The accounts contract on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
class AccountsOnPostgresTest extends PostgresServerTest implements AccountsContract {
    @Override
    public Api api() {
        return api;
    }
}
