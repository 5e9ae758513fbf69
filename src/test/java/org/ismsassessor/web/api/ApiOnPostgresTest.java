package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;

/** The API contract on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
class ApiOnPostgresTest extends PostgresServerTest implements ApiContract {
    @Override
    public Api api() {
        return api;
    }
}
