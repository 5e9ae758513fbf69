package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The load run of {@link LoadTest} against a server started separately, e.g. the jar over PostgreSQL; runs only
 * when given its address:
 * <pre>
 * ./mvnw -B test -Dtest=ExternalLoadTest -Dload.url=http://127.0.0.1:8080 -Dload.submissions=1000
 * </pre>
 * The admin's password comes from -Dload.admin-password or $ASSESSOR_ADMIN_PASSWORD (user: -Dload.admin-user,
 * default admin). Each run creates its own clients and consultants, named after the run, and leaves them.
 */
@EnabledIfSystemProperty(named = "load.url", matches = ".+")
class ExternalLoadTest {

    @Test
    void concurrentClientsGetEverySubmissionStoredIntact() throws InterruptedException {
        String password = System.getProperty("load.admin-password", System.getenv("ASSESSOR_ADMIN_PASSWORD"));
        assertThat(password).as("-Dload.admin-password or $ASSESSOR_ADMIN_PASSWORD").isNotBlank();
        LoadDriver.Settings settings = LoadDriver.Settings.fromSystemProperties(1000);
        LoadDriver.Report report = new LoadDriver(new Http(System.getProperty("load.url"), Duration.ofSeconds(120)),
                Http.basic(System.getProperty("load.admin-user", "admin"), password), settings).run();
        System.out.print(report);

        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.created()).isEqualTo(settings.submissions());
        assertThat(report.verified()).isEqualTo(settings.submissions());
    }
}
