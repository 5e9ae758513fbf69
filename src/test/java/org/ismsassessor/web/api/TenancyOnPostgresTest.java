package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;

/** The tenancy contract on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
class TenancyOnPostgresTest extends PostgresServerTest implements TenancyContract {
    @Override
    public Api api() {
        return api;
    }
}
