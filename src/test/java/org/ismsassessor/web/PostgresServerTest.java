package org.ismsassessor.web;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same server over a real PostgreSQL server: enabled when ASSESSOR_TEST_POSTGRES_URL is set (.ci/run
 * installs and starts Debian's PostgreSQL and sets it, with ASSESSOR_TEST_POSTGRES_USER and _PASSWORD). The
 * database is cleaned and migrated at start, with the same migrations as the embedded one.
 */
@EnabledIfEnvironmentVariable(named = "ASSESSOR_TEST_POSTGRES_URL", matches = ".+")
public abstract class PostgresServerTest extends ServerTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("ASSESSOR_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> env("ASSESSOR_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> env("ASSESSOR_TEST_POSTGRES_PASSWORD"));
        // An external database: the audit trail's key must be given (as ASSESSOR_AUDIT_KEY would be).
        registry.add("assessor.audit.key", () -> "audit-key-of-the-postgres-tests-0123456789");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
