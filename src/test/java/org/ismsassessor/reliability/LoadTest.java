package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ismsassessor.web.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * Load on the in-process server (embedded database in memory): by default 50 clients at once submitting 100
 * snapshots in all, a regression run of about ten seconds within {@code ./mvnw verify}. The full run of 1,000, each
 * client submitting as its own consultant: {@code ./mvnw -B test -Dtest=LoadTest -Dload.submissions=1000
 * -Dload.consultants=true} (also -Dload.clients, -Dload.deadline-minutes). Against a separately started server,
 * e.g. the jar over PostgreSQL: {@link ExternalLoadTest}. Figures: docs/reliability.md, Load.
 */
class LoadTest extends ServerTest {

    @Test
    void concurrentClientsGetEverySubmissionStoredIntact() throws InterruptedException {
        LoadDriver.Settings settings = LoadDriver.Settings.fromSystemProperties(100);
        LoadDriver.Report report = new LoadDriver(new Http("http://127.0.0.1:" + port, Duration.ofSeconds(120)),
                Http.basic(ADMIN, ADMIN_PASSWORD), settings).run();
        System.out.print(report);

        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.created()).isEqualTo(settings.submissions());
        assertThat(report.verified()).isEqualTo(settings.submissions());
    }
}
