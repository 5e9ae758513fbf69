package org.ismsassessor.web.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ismsassessor.tracking.ActionStatus;
import org.ismsassessor.tracking.TrackedAction;
import org.ismsassessor.tracking.TrackingUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tracked action-plan items of every client, in table action_tracking. */
@Repository
public class TrackingStore {
    private static final String COLUMNS = "item_key, assignee, due_on, status, notes, updated_by, updated_at";
    private final JdbcClient jdbc;

    public TrackingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TrackedAction> ofClient(String client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_tracking WHERE client_id = ? ORDER BY item_key")
                .param(client).query(TrackingStore::row).list();
    }

    public Optional<TrackedAction> find(String client, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_tracking WHERE client_id = ? AND item_key = ?")
                .params(client, key).query(TrackingStore::row).optional();
    }

    /** Sets an item's tracking, creating its row the first time. */
    public void put(String client, String key, TrackingUpdate update, String by, LocalDateTime at) {
        int updated = jdbc.sql("UPDATE action_tracking SET assignee = ?, due_on = ?, status = ?, notes = ?, "
                        + "updated_by = ?, updated_at = ? WHERE client_id = ? AND item_key = ?")
                .params(update.assignee(), update.dueDate(), update.status().word(), update.notes(), by, at, client, key)
                .update();
        if (updated == 0) {
            try {
                insert(client, key, update, by, at);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // Another request created the row meanwhile: this update is the later one.
                put(client, key, update, by, at);
            }
        }
    }

    private void insert(String client, String key, TrackingUpdate update, String by, LocalDateTime at) {
        jdbc.sql("INSERT INTO action_tracking (client_id, item_key, assignee, due_on, status, notes, updated_by, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(client, key, update.assignee(), update.dueDate(), update.status().word(), update.notes(), by, at)
                .update();
    }

    /** How many items of each client are still to do after their due date. */
    public Map<String, Integer> overdueByClient(LocalDate today) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT client_id, COUNT(*) FROM action_tracking WHERE due_on < ? AND status IN (?, ?) GROUP BY client_id")
                .params(today, ActionStatus.OPEN.word(), ActionStatus.IN_PROGRESS.word())
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    private static TrackedAction row(ResultSet rs, int n) throws SQLException {
        return new TrackedAction(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                ActionStatus.of(rs.getString(4)).orElseThrow(), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDateTime.class));
    }
}
