package org.ismsassessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An embedded H2 database that closed itself (as after a panic of its store) is opened again by the next
 * connection once the pool drops the dead ones: the service comes back without a restart.
 */
class BrokenConnectionsTest {

    @Test
    void thePoolDropsConnectionsToAClosedH2DatabaseAndTheNextOneOpensItAgain() throws Exception {
        Path folder = Files.createTempDirectory("broken-connections");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("history") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(5000);
        config.setExceptionOverrideClassName(BrokenConnections.class.getName());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("CREATE TABLE t (id INT)").update();
            jdbc.sql("INSERT INTO t VALUES (1)").update();
            // Both connections of the pool in use, then the database closes itself under them.
            Connection a = pool.getConnection();
            Connection b = pool.getConnection();
            try {
                a.createStatement().execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException e) {
                // Closing, the database may cut its own statement off.
            }
            assertThatThrownBy(() -> b.createStatement().executeQuery("SELECT COUNT(*) FROM t"))
                    .isInstanceOf(SQLException.class);
            closeQuietly(a);
            closeQuietly(b);
            // Without the override the pool would hand the dead connections out again and again; with it, each is
            // dropped at its first failure (at most one failed request per pooled connection), and a new one opens
            // the database file again.
            int failed = 0;
            Long count = null;
            while (count == null && failed <= 2) {
                try {
                    count = jdbc.sql("SELECT COUNT(*) FROM t").query(Long.class).single();
                } catch (org.springframework.dao.DataAccessException e) {
                    failed++;
                }
            }
            assertThat(count).isEqualTo(1);
            assertThat(failed).isLessThanOrEqualTo(2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM t").query(Long.class).single()).isEqualTo(1);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // A connection of a closed database may fail to close: the pool drops it all the same.
        }
    }
}
