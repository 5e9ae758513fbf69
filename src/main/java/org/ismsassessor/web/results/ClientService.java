package org.ismsassessor.web.results;

import java.util.List;
import org.ismsassessor.compare.Client;
import org.ismsassessor.web.Problem;
import org.ismsassessor.web.accounts.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Creating clients ahead of their first assessment, so an admin can grant them to users. */
@Service
public class ClientService {
    private final JdbcClient jdbc;

    public ClientService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Client create(Caller caller, String id, String name) {
        if (!caller.isAdmin()) {
            throw Problem.forbidden("Only an admin creates clients.");
        }
        if (id.length() > AssessmentService.MAX_CLIENT_ID) {
            throw Problem.badInput("The client id is too long.", List.of(new org.ismsassessor.snapshot.InputError(
                    "$.id", "at most " + AssessmentService.MAX_CLIENT_ID + " characters")));
        }
        if (name != null && name.length() > AssessmentService.MAX_CLIENT_NAME) {
            throw Problem.badInput("The client name is too long.", List.of(new org.ismsassessor.snapshot.InputError(
                    "$.name", "at most " + AssessmentService.MAX_CLIENT_NAME + " characters")));
        }
        if (exists(id)) {
            throw Problem.conflict("A client '" + id + "' exists already.");
        }
        jdbc.sql("INSERT INTO client (id, name) VALUES (?, ?)").params(id, name).update();
        return new Client(id, name);
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE id = ?").param(id).query(Long.class).single() > 0;
    }
}
