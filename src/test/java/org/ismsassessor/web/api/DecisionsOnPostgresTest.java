package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Decisions and tracking on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
// JUnit does not inherit the condition of PostgresServerTest: without it this class would run on H2 and share
// (and clean) the embedded database of the H2 tests.
@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "ASSESSOR_TEST_POSTGRES_URL", matches = ".+")
class DecisionsOnPostgresTest extends PostgresServerTest implements DecisionsContract {
    @Autowired
    JdbcClient jdbc;

    @Override
    public Api api() {
        return api;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
