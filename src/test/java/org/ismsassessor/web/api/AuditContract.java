package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ismsassessor.web.api.Setup.errorPaths;
import static org.ismsassessor.web.api.Setup.problem;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.audit.AuditEntry;
import org.ismsassessor.audit.AuditEvent;
import org.ismsassessor.audit.Verification;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail through real HTTP: what each request and sign-in leaves, who may read it and how it is filtered,
 * and a chain that a new store over the same database verifies and continues. Run on H2 by {@link AuditOnH2Test}
 * and on PostgreSQL by {@link AuditOnPostgresTest}.
 */
interface AuditContract {
    /** The server under test. */
    Api api();

    @Test
    default void eachActionIsLoggedWithItsActorClientTargetAndOutcome() {
        String client = Setup.createClient(api(), "AUDIT");
        Setup.User consultant = Setup.createUser(api(), "consultant");
        Setup.grant(api(), consultant.username(), client);
        String result = Setup.submit(api(), consultant.as(), Setup.snapshot(Setup.LATER, client), Setup.LATER_DATE);
        assertThat(api().get(consultant.as(), "/api/v1/results/" + result).statusCode()).isEqualTo(200);
        assertThat(api().get(consultant.as(), "/api/v1/results/" + result + "?format=md").statusCode()).isEqualTo(200);
        assertThat(api().get(consultant.as(), "/api/v1/comparisons?from=" + result + "&to=" + result).statusCode())
                .isEqualTo(200);
        assertThat(api().get(consultant.as(), "/api/v1/clients/" + client + "/history").statusCode()).isEqualTo(200);
        problem(api().get(consultant.as(), "/api/v1/users"), 403);
        problem(api().get(Api.As.user(consultant.username(), "not-the-password"), "/api/v1/me"), 401);
        String tokenId = consultant.as().authorization().split("_")[1];
        assertThat(api().delete(consultant.basic(), "/api/v1/tokens/" + tokenId).statusCode()).isEqualTo(204);
        assertThat(api().put(consultant.basic(), "/api/v1/me/password", "{\"currentPassword\":\""
                + consultant.password() + "\",\"newPassword\":\"another-long-password\"}").statusCode()).isEqualTo(204);
        // Not logged: one's own account, the catalogue, the health check.
        api().get(Api.As.user(consultant.username(), "another-long-password"), "/api/v1/me");

        JsonNode byConsultant = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=" + consultant.username()));
        assertThat(lines(byConsultant)).containsExactly(
                "password change | - | /api/v1/me/password | success (204)",
                "token revoke | - | /api/v1/tokens/" + tokenId + " | success (204)",
                "failed sign-in | - | HTTP Basic /api/v1/me | refused: wrong password",
                "read | - | /api/v1/users | refused (403)",
                "read | " + client + " | /api/v1/clients/" + client + "/history | success (200)",
                "compare | " + client + " | /api/v1/comparisons?from=" + result + "&to=" + result + " | success (200)",
                "download | " + client + " | /api/v1/results/" + result + "?format=md | success (200)",
                "read | " + client + " | /api/v1/results/" + result + " | success (200)",
                "submit | " + client + " | /api/v1/assessments -> /api/v1/results/" + result + " | success (201)",
                "token create | - | /api/v1/tokens -> /api/v1/tokens/" + tokenId + " | success (201)");
        assertThat(byConsultant.get("nextBefore").isNull()).isTrue();
        JsonNode newest = byConsultant.get("entries").get(0);
        assertThat(newest.get("actor").asString()).isEqualTo(consultant.username());
        assertThat(newest.get("address").asString()).isEqualTo("127.0.0.1");
        assertThat(newest.get("hash").asString()).hasSize(64).isNotEqualTo(newest.get("previousHash").asString());
        assertThat(newest.get("at").asString()).endsWith("Z");
        // Neither the passwords nor the token reach the trail.
        assertThat(byConsultant.toString()).doesNotContain(consultant.password(), "another-long-password",
                consultant.as().authorization().substring("Bearer ".length()));

        JsonNode aboutClient = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?client=" + client));
        assertThat(aboutClient.get("entries").valueStream().map(e -> e.get("actor").asString() + " " + e.get("action")
                .asString()).toList()).containsExactly(consultant.username() + " read", consultant.username() + " compare",
                consultant.username() + " download", consultant.username() + " read", consultant.username() + " submit",
                "admin grant", "admin client change");
    }

    @Test
    default void failedSignInsOfNoKnownAccountAreAnonymous() {
        problem(api().get(Api.As.user(Setup.unique("nobody"), "typed-in-the-wrong-field"), "/api/v1/clients"), 401);
        JsonNode last = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=anonymous&limit=1"));
        assertThat(lines(last)).containsExactly("failed sign-in | - | HTTP Basic /api/v1/clients | refused: unknown user");
        problem(api().get(Api.As.token("isa_unknown_token"), "/api/v1/portfolio"), 401);
        last = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=anonymous&limit=1"));
        assertThat(lines(last)).containsExactly("failed sign-in | - | API token /api/v1/portfolio | refused: unknown token");
        assertThat(last.toString()).doesNotContain("typed-in-the-wrong-field");
    }

    @Test
    default void onlyAnAdminReadsTheLogFilteredByTimeAndPaged() {
        Setup.User auditor = Setup.createUser(api(), "auditor");
        problem(api().get(auditor.as(), "/api/v1/audit-log"), 403);
        JsonNode bad = problem(api().get(Setup.admin(api()),
                "/api/v1/audit-log?from=yesterday&to=2026-13-01&before=x&limit=0"), 400);
        assertThat(errorPaths(bad)).containsExactly("parameter from", "parameter to", "parameter before", "parameter limit");
        assertThat(errorPaths(problem(api().get(Setup.admin(api()), "/api/v1/audit-log?from=2026-12-02&to=2026-12-01"),
                400))).containsExactly("parameter to");

        // Four entries by the auditor (its token, the refused read of the log and two reads), two per page.
        api().get(auditor.as(), "/api/v1/clients");
        api().get(auditor.as(), "/api/v1/portfolio");
        JsonNode first = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=" + auditor.username() + "&limit=2"));
        assertThat(first.get("entries").valueStream().map(e -> e.get("target").asString()).toList())
                .containsExactly("/api/v1/portfolio", "/api/v1/clients");
        long next = first.get("nextBefore").asLong();
        assertThat(next).isEqualTo(first.get("entries").get(1).get("sequence").asLong());
        JsonNode second = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=" + auditor.username()
                + "&limit=2&before=" + next));
        assertThat(lines(second)).hasSize(2);
        assertThat(lines(second).get(0)).isEqualTo("read | - | /api/v1/audit-log | refused (403)");
        assertThat(lines(second).get(1)).startsWith("token create | - | /api/v1/tokens -> /api/v1/tokens/");
        assertThat(second.get("nextBefore").isNull()).isTrue();

        // By time: today's entries include them (UTC), a day long past has none.
        String at = first.get("entries").get(0).get("at").asString();
        String day = at.substring(0, 10);
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=" + auditor.username() + "&from=" + day
                + "&to=" + day)).get("entries")).hasSize(4);
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=" + auditor.username() + "&from=" + at))
                .get("entries")).hasSize(1);
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?user=" + auditor.username()
                + "&to=2000-01-01")).get("entries")).isEmpty();
    }

    @Test
    default void theChainSurvivesANewStoreOverTheSameDatabaseAndGoesOn(@Autowired DataSource dataSource,
            @Autowired AuditChain chain, @Autowired Clock clock) {
        Setup.createClient(api(), "RESTART");
        // A new store over the same database, as after a restart: the chain checks and continues.
        AuditTrail restarted = new AuditTrail(dataSource, JdbcClient.create(dataSource), chain, clock);
        Verification before = restarted.verify();
        assertThat(before).isInstanceOf(Verification.Intact.class);
        long entries = ((Verification.Intact) before).entries();
        AuditEntry appended = restarted.record(new AuditEvent("restart-test", "read", null, "/restarted", "success (200)",
                null));
        assertThat(appended.sequence()).isEqualTo(entries + 1);
        // The running service appends after it, on the same chain.
        problem(api().get(Setup.admin(api()), "/api/v1/audit-log?limit=x"), 400);
        JsonNode newest = Api.json(api().get(Setup.admin(api()), "/api/v1/audit-log?limit=2")).get("entries");
        assertThat(newest.get(0).get("sequence").asLong()).isEqualTo(appended.sequence() + 1);
        assertThat(newest.get(0).get("previousHash").asString()).isEqualTo(appended.hash());
        assertThat(newest.get(0).get("outcome").asString()).isEqualTo("invalid (400)");
        assertThat(newest.get(1).get("actor").asString()).isEqualTo("restart-test");
        // The last read is logged once answered: the chain has one more entry.
        assertThat(restarted.verify()).isEqualTo(new Verification.Intact(appended.sequence() + 2));
    }

    /** Entries as "action | client | target | outcome", newest first. */
    private static List<String> lines(JsonNode page) {
        return page.get("entries").valueStream().map(e -> e.get("action").asString() + " | "
                + (e.get("client").isNull() ? "-" : e.get("client").asString()) + " | " + e.get("target").asString()
                + " | " + e.get("outcome").asString()).toList();
    }
}
