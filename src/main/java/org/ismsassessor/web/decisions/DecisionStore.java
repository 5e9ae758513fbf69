package org.ismsassessor.web.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ismsassessor.decision.Decision;
import org.ismsassessor.finding.DecisionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions of every client, in table finding_decision; a withdrawn decision keeps its row. */
@Repository
public class DecisionStore {
    private static final String COLUMNS = "id, finding_id, subject, kind, justification, approval, due_on, decided_by, "
            + "decided_on, expires_on, fingerprint, withdrawn_by, withdrawn_at";
    private final JdbcClient jdbc;

    public DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision as stored, with who withdrew it and when (both null while it stands). */
    public record Stored(Decision decision, String withdrawnBy, LocalDateTime withdrawnAt) {
        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    public void insert(String client, Decision d) {
        jdbc.sql("INSERT INTO finding_decision (id, client_id, finding_id, subject, kind, justification, approval, "
                        + "due_on, decided_by, decided_on, expires_on, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), client, d.findingId(), d.subject(), d.kind().word(), d.justification(), d.approval(),
                        d.dueDate(), d.decidedBy(), d.decidedOn(), d.expiresOn(), d.fingerprint())
                .update();
    }

    /** Every decision of the client, withdrawn ones included, oldest first. */
    public List<Stored> ofClient(String client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM finding_decision WHERE client_id = ? ORDER BY decided_on, id")
                .param(client).query(DecisionStore::row).list();
    }

    /** The decisions of the client that stand (not withdrawn). */
    public List<Decision> standing(String client) {
        return ofClient(client).stream().filter(s -> !s.withdrawn()).map(Stored::decision).toList();
    }

    public Optional<Stored> find(String client, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM finding_decision WHERE client_id = ? AND id = ?")
                .params(client, id).query(DecisionStore::row).optional();
    }

    /** Marks a standing decision withdrawn; false when it was withdrawn already. */
    public boolean withdraw(String client, String id, String by, LocalDateTime at) {
        return jdbc.sql("UPDATE finding_decision SET withdrawn_by = ?, withdrawn_at = ? "
                        + "WHERE client_id = ? AND id = ? AND withdrawn_at IS NULL")
                .params(by, at, client, id).update() == 1;
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        Decision d = new Decision(rs.getString(1), rs.getString(2), rs.getString(3),
                DecisionKind.of(rs.getString(4)).orElseThrow(), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), rs.getString(11));
        return new Stored(d, rs.getString(12), rs.getObject(13, LocalDateTime.class));
    }
}
