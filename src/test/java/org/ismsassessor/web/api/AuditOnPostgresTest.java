package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;

/** The audit contract on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
class AuditOnPostgresTest extends PostgresServerTest implements AuditContract {
    @Override
    public Api api() {
        return api;
    }
}
