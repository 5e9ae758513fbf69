package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.problem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * While the audit trail cannot be written (here: its chain head held locked by another transaction past the
 * database's lock timeout), a request that changes something is answered 503 and a read is answered as usual.
 */
class AuditFailsClosedTest extends ServerTest {
    @Autowired
    DataSource dataSource;

    @Test
    void aWriteIsRefusedAndAReadAnsweredWhileTheTrailCannotBeWritten() throws Exception {
        Api.As admin = Setup.admin(api);
        String client = Setup.unique("CLOSED");
        try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            try (ResultSet locked = statement.executeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                assertThat(locked.next()).isTrue();
            }
            var write = api.post(admin, "/api/v1/clients", "{\"id\":\"" + client + "\"}");
            JsonNode refused = problem(write, 503);
            assertThat(refused.get("detail").asString()).isEqualTo("The audit trail cannot record this request now, so "
                    + "its answer is withheld. Check whether it took effect before trying again.");
            assertThat(write.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.get(admin, "/api/v1/clients").statusCode()).isEqualTo(200);
            holder.rollback();
        }
        // Written again once the lock is gone: the answer withheld was of a change that took effect.
        assertThat(api.get(admin, "/api/v1/clients/" + client).statusCode()).isEqualTo(200);
        JsonNode last = Api.json(api.get(admin, "/api/v1/audit-log?client=" + client));
        assertThat(last.get("entries").valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("read");
    }
}
