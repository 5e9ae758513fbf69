package org.ismsassessor.web.api;

import java.time.Clock;
import javax.sql.DataSource;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.PostgresServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit contract on PostgreSQL (when ASSESSOR_TEST_POSTGRES_URL is set). */
// JUnit does not inherit the condition of PostgresServerTest: without it this class would run on H2 and share
// (and clean) the embedded database of the H2 tests.
@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "ASSESSOR_TEST_POSTGRES_URL", matches = ".+")
class AuditOnPostgresTest extends PostgresServerTest implements AuditContract {
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditChain chain;
    @Autowired
    Clock clock;

    @Override
    public Api api() {
        return api;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public AuditChain chain() {
        return chain;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
