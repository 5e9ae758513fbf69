package org.ismsassessor.web;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * A real server on a random port, over the embedded database in memory. Every subclass with the same set-up
 * shares one Spring context (and the rule base is built once per JVM). {@link PostgresServerTest} is the same
 * over PostgreSQL.
 */
@SpringBootTest(classes = {WebApplication.class, ServerTest.CleanDatabase.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:service;DB_CLOSE_DELAY=-1",
            "assessor.admin.password=" + ServerTest.ADMIN_PASSWORD,
            "assessor.data-folder=target/test-data",
            "spring.flyway.clean-disabled=false"})
public abstract class ServerTest {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
    }

    /** Tests start from an empty schema: a PostgreSQL database may hold an earlier run's data. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class CleanDatabase {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
