package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;

/** The tenancy contract on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
// JUnit does not inherit the condition of PostgresServerTest: without it this class would run on H2 and share
// (and clean) the embedded database of the H2 tests.
@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "ASSESSOR_TEST_POSTGRES_URL", matches = ".+")
class TenancyOnPostgresTest extends PostgresServerTest implements TenancyContract {
    @Override
    public Api api() {
        return api;
    }
}
