package org.ismsassessor.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.ismsassessor.web.api.Setup.problem;
import static org.ismsassessor.web.api.TenancyFixture.B_NAME;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ismsassessor.web.Api;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Tenancy: a user granted client A never gets client B's data, on any endpoint of the API or the pages. The
 * endpoints are the application's own (Spring MVC's mappings), so an endpoint added without a case here fails.
 * Another client's result or client is "not found" exactly as one that does not exist; what a role may not do
 * at all is forbidden. Run on H2 by {@link TenancyOnH2Test} and on PostgreSQL by {@link TenancyOnPostgresTest}.
 */
interface TenancyContract {
    /** An id no client or result has; B's ids replaced by it must give the same answer. */
    String UNKNOWN = "UNKNOWN-00000000";

    /** The server under test. */
    Api api();

    private TenancyFixture fixture() {
        return TenancyFixture.on(api());
    }

    @TestFactory
    default Stream<DynamicTest> everyEndpointKeepsClientBsDataFromClientAsUsers(@Autowired ApplicationContext context) {
        Map<String, Runnable> cases = cases(fixture());
        return Endpoints.of(context).stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Runnable check = cases.get(endpoint);
            if (check == null) {
                fail("No tenancy case for " + endpoint + ": add one to TenancyContract.cases");
            }
            check.run();
        }));
    }

    @Test
    default void everyTenancyCaseIsAnEndpointOfTheApplication(@Autowired ApplicationContext context) {
        Set<String> endpoints = Endpoints.of(context);
        assertThat(cases(fixture()).keySet()).allSatisfy(c -> assertThat(endpoints).as("endpoints").contains(c));
    }

    @Test
    default void aRevokedGrantTakesEffectOnTheNextRequest() {
        String client = Setup.createClient(api(), "REVOKE");
        String result = Setup.submit(api(), Setup.admin(api()), Setup.snapshot(Setup.LATER, client), Setup.LATER_DATE);
        Setup.User user = Setup.createUser(api(), "consultant", client);
        PageSession session = PageSession.signIn(api(), user.username(), user.password());
        Runnable sees = () -> {
            for (Api.As as : List.of(user.basic(), user.as())) {
                assertThat(api().get(as, "/api/v1/results/" + result).statusCode()).isEqualTo(200);
                assertThat(ids(api().get(as, "/api/v1/clients"))).containsExactly(client);
                assertThat(Api.text(api().get(as, "/api/v1/portfolio"))).contains(client);
            }
            assertThat(session.get("/results/" + result).statusCode()).isEqualTo(200);
            assertThat(Api.text(session.get("/"))).contains(client);
        };
        sees.run();

        Setup.revoke(api(), user.username(), client);
        for (Api.As as : List.of(user.basic(), user.as())) {
            problem(api().get(as, "/api/v1/results/" + result), 404);
            problem(api().get(as, "/api/v1/clients/" + client + "/history"), 404);
            assertThat(ids(api().get(as, "/api/v1/clients"))).isEmpty();
            assertThat(Api.text(api().get(as, "/api/v1/portfolio"))).doesNotContain(client);
            problem(api().post(as, "/api/v1/assessments", Setup.snapshot(Setup.LATER, client)), 403);
        }
        assertThat(session.get("/results/" + result).statusCode()).isEqualTo(404);
        assertThat(session.get("/clients/" + client).statusCode()).isEqualTo(404);
        assertThat(Api.text(session.get("/"))).doesNotContain(client);
        assertThat(session.upload(Setup.snapshot(Setup.LATER, client), Setup.LATER_DATE).statusCode()).isEqualTo(403);
        assertThat(Api.json(api().get(Setup.admin(api()), "/api/v1/clients/" + client + "/results"))).hasSize(1);

        Setup.grant(api(), user.username(), client);
        sees.run();
    }

    @Test
    default void anAdminSeesEveryClient() {
        TenancyFixture f = fixture();
        assertThat(ids(api().get(Setup.admin(api()), "/api/v1/clients"))).contains(f.a(), f.b());
        assertThat(Api.text(api().get(Setup.admin(api()), "/api/v1/portfolio"))).contains(f.a(), f.b());
        assertThat(api().get(Setup.admin(api()), "/api/v1/results/" + f.bResult()).statusCode()).isEqualTo(200);
        assertThat(api().get(Setup.admin(api()), "/api/v1/comparisons?from=" + f.aResult() + "&to=" + f.bResult()).statusCode())
                .isEqualTo(200);
    }

    // --- the cases, one per endpoint ---

    private Map<String, Runnable> cases(TenancyFixture f) {
        Map<String, Runnable> cases = new LinkedHashMap<>();
        String a = f.a();
        String b = f.b();

        // Submitting: B's snapshot is refused to A's consultant as for a client that does not exist; the
        // other roles may not submit at all. Nothing is stored for B.
        cases.put("POST /api/v1/assessments", () -> {
            byte[] forB = Setup.snapshot(Setup.LATER, b, B_NAME);
            var refused = api().post(f.consultant().as(), "/api/v1/assessments?date=" + Setup.LATER_DATE, forB);
            var unknown = api().post(f.consultant().as(), "/api/v1/assessments?date=" + Setup.LATER_DATE,
                    Setup.snapshot(Setup.LATER, UNKNOWN, B_NAME));
            sameAnswer(refused, unknown, b);
            problem(refused, 403);
            for (Api.As reader : List.of(f.auditor().as(), f.viewer().as())) {
                problem(api().post(reader, "/api/v1/assessments", forB), 403);
                problem(api().post(reader, "/api/v1/assessments", Setup.snapshot(Setup.LATER, a)), 403);
            }
            assertThat(api().post(f.consultant().as(), "/api/v1/assessments?date=" + Setup.LATER_DATE,
                    Setup.snapshot(Setup.LATER, a, TenancyFixture.A_NAME)).statusCode()).isEqualTo(201);
            assertBUnchanged(f);
        });
        cases.put("GET /api/v1/results/{id}", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/results/" + f.bResult(), f.bResult(), null);
                hiddenLikeUnknown(as, "/api/v1/results/" + f.bResult() + "?format=pdf", f.bResult(), null);
                hiddenLikeUnknown(as, "/api/v1/results/" + f.bResult(), f.bResult(), "text/html");
                hiddenLikeUnknown(as, "/api/v1/results/" + f.bEarlier() + "?format=xlsx", f.bEarlier(), "application/pdf");
                visible(as, "/api/v1/results/" + f.aResult() + "?format=md");
            }
        });
        cases.put("GET /api/v1/results/{id}/summary", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/results/" + f.bResult() + "/summary", f.bResult(), null);
                visible(as, "/api/v1/results/" + f.aResult() + "/summary");
            }
        });
        cases.put("GET /api/v1/results/{id}/snapshot", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/results/" + f.bResult() + "/snapshot", f.bResult(), null);
                visible(as, "/api/v1/results/" + f.aResult() + "/snapshot");
            }
        });
        cases.put("GET /api/v1/clients/{client}/results", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/results", b, null);
                JsonNode results = Api.json(visible(as, "/api/v1/clients/" + a + "/results"));
                assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.get("client").asString()).isEqualTo(a));
                assertThat(results.toString()).doesNotContain(f.bResult(), f.bEarlier());
            }
        });
        cases.put("GET /api/v1/clients", () -> {
            for (Api.As as : f.readers()) {
                var clients = visible(as, "/api/v1/clients");
                assertThat(ids(clients)).containsExactly(a);
                assertThat(Api.text(clients)).doesNotContain(B_NAME);
            }
        });
        cases.put("POST /api/v1/clients", () -> {
            // Only an admin creates clients: B's id is refused like any other, so its existence does not show.
            for (Api.As as : f.readers()) {
                var refused = api().post(as, "/api/v1/clients", "{\"id\":\"" + b + "\"}");
                problem(refused, 403);
                sameAnswer(refused, api().post(as, "/api/v1/clients", "{\"id\":\"" + UNKNOWN + "\"}"), b);
            }
        });
        cases.put("GET /api/v1/clients/{client}", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/clients/" + b, b, null);
                visible(as, "/api/v1/clients/" + a);
            }
        });
        cases.put("GET /api/v1/clients/{client}/history", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/history", b, null);
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/history?format=html", b, null);
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/history", b, "text/plain");
                visible(as, "/api/v1/clients/" + a + "/history?format=html");
            }
        });
        cases.put("GET /api/v1/portfolio", () -> {
            for (Api.As as : List.of(f.consultant().as(), f.auditor().as())) {
                for (String format : List.of("json", "text")) {
                    String portfolio = Api.text(visible(as, "/api/v1/portfolio?format=" + format));
                    assertThat(portfolio).contains(a).doesNotContain(b, B_NAME);
                }
            }
            problem(api().get(f.viewer().as(), "/api/v1/portfolio"), 403);
        });
        cases.put("GET /api/v1/comparisons", () -> {
            for (Api.As as : f.readers()) {
                for (String[] sides : new String[][] {{f.aResult(), f.bResult()}, {f.bResult(), f.aResult()},
                        {f.bEarlier(), f.bResult()}}) {
                    String path = "/api/v1/comparisons?from=" + sides[0] + "&to=" + sides[1];
                    hiddenLikeUnknown(as, path, sides[0].equals(f.aResult()) ? sides[1] : sides[0], null);
                    hiddenLikeUnknown(as, path + "&format=html", sides[0].equals(f.aResult()) ? sides[1] : sides[0], null);
                }
                visible(as, "/api/v1/comparisons?from=" + f.aResult() + "&to=" + f.aResult());
            }
        });
        cases.put("POST /api/v1/validations", () -> {
            // Validation reads no stored data and stores none: B's snapshot is merely checked.
            for (Api.As as : f.readers()) {
                var checked = api().post(as, "/api/v1/validations", Setup.snapshot(Setup.LATER, b, B_NAME));
                assertThat(checked.statusCode()).isEqualTo(200);
                assertThat(Api.text(checked)).isEqualTo("{\"valid\":true}");
            }
            assertBUnchanged(f);
        });
        cases.put("GET /api/v1/catalogue", () -> noClientData(f, "/api/v1/catalogue"));
        cases.put("GET /api/v1/catalogue/{id}", () -> noClientData(f, "/api/v1/catalogue/A.8.3.3"));
        cases.put("GET /api/v1/health", () -> {
            var health = api().get(Api.As.nobody(), "/api/v1/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Api.text(health)).doesNotContain(a, b, B_NAME);
        });

        // Users and grants: admins only. A's users cannot grant themselves B, nor read B's users.
        cases.put("GET /api/v1/users", () -> forbidden(f, as -> api().get(as, "/api/v1/users")));
        cases.put("POST /api/v1/users", () -> forbidden(f, as -> api().post(as, "/api/v1/users",
                "{\"username\":\"" + Setup.unique("intruder") + "\",\"password\":\"a-long-enough-password\","
                        + "\"role\":\"consultant\",\"clients\":[\"" + b + "\"]}")));
        cases.put("GET /api/v1/users/{username}", () -> forbidden(f,
                as -> api().get(as, "/api/v1/users/" + f.bUser().username())));
        cases.put("PUT /api/v1/users/{username}/clients/{client}", () -> {
            forbidden(f, as -> api().put(as, "/api/v1/users/" + f.consultant().username() + "/clients/" + b, ""));
            hiddenLikeUnknown(f.consultant().as(), "/api/v1/clients/" + b, b, null);
        });
        cases.put("DELETE /api/v1/users/{username}/clients/{client}", () -> {
            forbidden(f, as -> api().delete(as, "/api/v1/users/" + f.bUser().username() + "/clients/" + b));
            assertThat(api().get(f.bUser().as(), "/api/v1/clients/" + b).statusCode()).isEqualTo(200);
        });
        cases.put("PUT /api/v1/users/{username}/enabled", () -> {
            forbidden(f, as -> api().put(as, "/api/v1/users/" + f.bUser().username() + "/enabled", "{\"enabled\":false}"));
            assertThat(api().get(f.bUser().as(), "/api/v1/me").statusCode()).isEqualTo(200);
        });

        // One's own account and tokens: nothing of another user's.
        cases.put("GET /api/v1/me", () -> {
            for (Api.As as : f.readers()) {
                JsonNode me = Api.json(visible(as, "/api/v1/me"));
                assertThat(me.get("clients").valueStream().map(JsonNode::asString)).containsExactly(a);
            }
        });
        cases.put("PUT /api/v1/me/password", () -> {
            Setup.User someone = Setup.createUser(api(), "auditor", a);
            var changed = api().put(someone.as(), "/api/v1/me/password", "{\"currentPassword\":\"" + someone.password()
                    + "\",\"newPassword\":\"another-long-password\",\"username\":\"" + f.bUser().username() + "\"}");
            assertThat(changed.statusCode()).isEqualTo(204);
            assertThat(api().get(f.bUser().basic(), "/api/v1/me").statusCode()).isEqualTo(200);
        });
        cases.put("POST /api/v1/tokens", () -> {
            var created = api().post(f.auditor().basic(), "/api/v1/tokens", "{\"name\":\"mine\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            Api.As token = Api.As.token(Api.json(created).get("token").asString());
            assertThat(Api.json(api().get(token, "/api/v1/me")).get("username").asString()).isEqualTo(f.auditor().username());
            hiddenLikeUnknown(token, "/api/v1/results/" + f.bResult(), f.bResult(), null);
        });
        cases.put("GET /api/v1/tokens", () -> {
            for (Api.As as : f.readers()) {
                assertThat(Api.text(visible(as, "/api/v1/tokens"))).doesNotContain(f.bTokenId());
            }
        });
        cases.put("DELETE /api/v1/tokens/{id}", () -> {
            for (Api.As as : f.readers()) {
                var refused = api().delete(as, "/api/v1/tokens/" + f.bTokenId());
                problem(refused, 404);
                sameAnswer(refused, api().delete(as, "/api/v1/tokens/" + UNKNOWN), f.bTokenId());
            }
            assertThat(api().get(Api.As.token(f.bToken()), "/api/v1/me").statusCode()).isEqualTo(200);
        });

        // The API description and the error page hold no client data.
        for (String docs : List.of("GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
                "GET /api-docs")) {
            cases.put(docs, () -> {
                // Read with a session (the docs page) or HTTP Basic (tools), as the pages are.
                var basic = api().get(f.consultant().basic(), Endpoints.pattern(docs));
                assertThat(basic.statusCode()).as(docs).isIn(200, 302);
                assertThat(Api.text(basic)).doesNotContain(b, B_NAME);
                for (PageSession session : f.pageReaders()) {
                    var answer = session.get(Endpoints.pattern(docs));
                    assertThat(answer.statusCode()).as(docs).isIn(200, 302);
                    assertThat(Api.text(answer)).doesNotContain(b, B_NAME);
                }
            });
        }
        cases.put("ANY /error", () -> {
            for (PageSession session : f.pageReaders()) {
                assertThat(Api.text(session.get("/error"))).doesNotContain(b, B_NAME);
            }
        });

        // The pages, with a signed-in session of each of A's users.
        cases.put("GET /login", () -> {
            for (PageSession session : f.pageReaders()) {
                assertThat(Api.text(session.get("/login"))).doesNotContain(b, B_NAME);
            }
        });
        cases.put("GET /", () -> {
            for (PageSession session : f.pageReaders()) {
                var home = session.get("/");
                assertThat(home.statusCode()).isEqualTo(200);
                assertThat(Api.text(home)).contains(a).doesNotContain(b, B_NAME);
            }
        });
        cases.put("POST /assessments", () -> {
            var refused = f.session(f.consultant()).upload(Setup.snapshot(Setup.LATER, b, B_NAME), Setup.LATER_DATE);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(Api.text(refused)).doesNotContain(B_NAME);
            for (Setup.User reader : List.of(f.auditor(), f.viewer())) {
                assertThat(f.session(reader).upload(Setup.snapshot(Setup.LATER, a), Setup.LATER_DATE).statusCode())
                        .isEqualTo(403);
            }
            assertBUnchanged(f);
        });
        cases.put("GET /results/{id}", () -> {
            for (PageSession session : f.pageReaders()) {
                hiddenPage(session, "/results/" + f.bResult());
                assertThat(Api.text(visiblePage(session, "/results/" + f.aResult()))).contains(TenancyFixture.A_NAME);
            }
        });
        cases.put("GET /results/{id}/download", () -> {
            for (PageSession session : f.pageReaders()) {
                hiddenPage(session, "/results/" + f.bResult() + "/download?format=pdf");
                hiddenPage(session, "/results/" + f.bResult() + "/download?format=json");
                visiblePage(session, "/results/" + f.aResult() + "/download?format=md");
            }
        });
        cases.put("GET /clients/{client}", () -> {
            for (PageSession session : f.pageReaders()) {
                hiddenPage(session, "/clients/" + b);
                visiblePage(session, "/clients/" + a);
            }
        });
        cases.put("GET /compare", () -> {
            for (PageSession session : f.pageReaders()) {
                hiddenPage(session, "/compare?from=" + f.aResult() + "&to=" + f.bResult());
                hiddenPage(session, "/compare?from=" + f.bResult() + "&to=" + f.aResult());
                hiddenPage(session, "/compare?from=" + f.bEarlier() + "&to=" + f.bResult());
                visiblePage(session, "/compare?from=" + f.aResult() + "&to=" + f.aResult());
            }
        });
        cases.put("GET /compare/download", () -> {
            for (PageSession session : f.pageReaders()) {
                hiddenPage(session, "/compare/download?format=md&from=" + f.aResult() + "&to=" + f.bResult());
                hiddenPage(session, "/compare/download?format=json&from=" + f.bResult() + "&to=" + f.aResult());
                hiddenPage(session, "/compare/download?format=html&from=" + f.bEarlier() + "&to=" + f.bResult());
                visiblePage(session, "/compare/download?format=md&from=" + f.aResult() + "&to=" + f.aResult());
            }
        });
        followUpCases(f, cases);
        cases.put("GET /portfolio", () -> {
            for (Setup.User user : List.of(f.consultant(), f.auditor())) {
                assertThat(Api.text(visiblePage(f.session(user), "/portfolio"))).contains(a).doesNotContain(b, B_NAME);
            }
            assertThat(f.session(f.viewer()).get("/portfolio").statusCode()).isEqualTo(403);
        });

        // The audit trail and role changes: admins only.
        cases.put("GET /api/v1/audit-log", () -> {
            forbidden(f, as -> api().get(as, "/api/v1/audit-log?client=" + b));
            forbidden(f, as -> api().get(as, "/api/v1/audit-log"));
        });
        cases.put("PUT /api/v1/users/{username}/role", () -> {
            forbidden(f, as -> api().put(as, "/api/v1/users/" + f.consultant().username() + "/role", "{\"role\":\"admin\"}"));
            assertThat(Api.json(api().get(f.consultant().as(), "/api/v1/me")).get("role").asString()).isEqualTo("CONSULTANT");
        });

        // The admin pages: refused to A's users, with their CSRF token, and nothing changes for B.
        for (String page : List.of("GET /admin/users", "GET /admin/clients", "GET /admin/audit-log")) {
            cases.put(page, () -> {
                for (PageSession session : f.pageReaders()) {
                    hiddenPage(session, Endpoints.pattern(page) + "?client=" + b);
                }
            });
        }
        Map<String, String> adminForms = new LinkedHashMap<>();
        adminForms.put("POST /admin/users", "username=" + Setup.unique("intruder").toLowerCase(java.util.Locale.ROOT)
                + "&password=a-long-enough-password&role=consultant&clients=" + b);
        adminForms.put("POST /admin/users/{username}/role", "role=admin");
        adminForms.put("POST /admin/users/{username}/enabled", "enabled=false");
        adminForms.put("POST /admin/users/{username}/grants", "client=" + b);
        adminForms.put("POST /admin/users/{username}/grants/{client}/withdraw", "");
        adminForms.put("POST /admin/clients", "id=" + b);
        adminForms.forEach((form, fields) -> cases.put(form, () -> {
            for (Setup.User user : List.of(f.consultant(), f.auditor(), f.viewer())) {
                PageSession session = f.session(user);
                String path = Endpoints.pattern(form).replace("{username}", user.username()).replace("{client}", a);
                var refused = session.postForm(path, fields + "&_csrf=" + session.csrf("/account"));
                assertThat(refused.statusCode()).as(form).isEqualTo(403);
                assertThat(Api.text(refused)).doesNotContain(B_NAME);
            }
            hiddenLikeUnknown(f.consultant().as(), "/api/v1/clients/" + b, b, null);
            assertThat(api().get(f.bUser().as(), "/api/v1/clients/" + b).statusCode()).isEqualTo(200);
        }));

        // One's own account page: one's own tokens, never another user's.
        cases.put("GET /account", () -> {
            for (PageSession session : f.pageReaders()) {
                assertThat(Api.text(visiblePage(session, "/account"))).doesNotContain(f.bTokenId(), f.bUser().username());
            }
        });
        cases.put("POST /account/tokens", () -> {
            PageSession session = f.session(f.auditor());
            var created = session.postForm("/account/tokens", "name=page&_csrf=" + session.csrf("/account"));
            assertThat(created.statusCode()).isEqualTo(200);
            assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(Api.text(created)).contains("id=\"new-token-value\"").doesNotContain(f.bTokenId(), B_NAME);
        });
        cases.put("POST /account/tokens/{id}/revoke", () -> {
            for (PageSession session : f.pageReaders()) {
                var refused = session.postForm("/account/tokens/" + f.bTokenId() + "/revoke", "_csrf=" + session.csrf("/account"));
                // As for a token that does not exist (the page's CSRF token differs at each answer).
                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(Api.text(refused)).contains("You have no token ").doesNotContain(B_NAME);
                assertThat(session.postForm("/account/tokens/" + UNKNOWN + "/revoke", "_csrf=" + session.csrf("/account"))
                        .statusCode()).isEqualTo(404);
            }
            assertThat(api().get(Api.As.token(f.bToken()), "/api/v1/me").statusCode()).isEqualTo(200);
        });
        cases.put("POST /account/password", () -> {
            Setup.User someone = Setup.createUser(api(), "auditor", a);
            PageSession session = PageSession.signIn(api(), someone.username(), someone.password());
            var changed = session.postForm("/account/password", "currentPassword=" + someone.password()
                    + "&newPassword=another-long-password&username=" + f.bUser().username() + "&_csrf="
                    + session.csrf("/account"));
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(api().get(f.bUser().basic(), "/api/v1/me").statusCode()).isEqualTo(200);
            assertThat(api().get(Api.As.user(someone.username(), "another-long-password"), "/api/v1/me").statusCode())
                    .isEqualTo(200);
        });
        return cases;
    }

    /**
     * Decisions and remediation tracking (issue #22): B's are hidden as an unknown client's, A's readers may not write
     * A's, and nothing of B's changes.
     */
    private void followUpCases(TenancyFixture f, Map<String, Runnable> cases) {
        String a = f.a();
        String b = f.b();
        // Both clients have the same sample assessed, so a finding id of one is raised for the other too.
        String finding = Api.json(api().get(Setup.admin(api()), "/api/v1/results/" + f.aResult()))
                .path("actionPlan").get(0).path("findingId").asString();
        String decision = "{\"findingId\":\"" + finding + "\",\"kind\":\"false-positive\",\"justification\":\"j\","
                + "\"expiresOn\":\"" + java.time.LocalDate.now().plusMonths(1) + "\"}";
        java.util.function.Supplier<String> bDecisions = () -> Api.text(api().get(Setup.admin(api()),
                "/api/v1/clients/" + b + "/decisions"));
        java.util.function.Supplier<String> bTracking = () -> Api.text(api().get(Setup.admin(api()),
                "/api/v1/clients/" + b + "/actions"));
        List<Api.As> aReadersOnly = List.of(f.auditor().as(), f.viewer().as());

        cases.put("GET /api/v1/clients/{client}/decisions", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/decisions", b, null);
                visible(as, "/api/v1/clients/" + a + "/decisions");
            }
        });
        cases.put("POST /api/v1/clients/{client}/decisions", () -> {
            String before = bDecisions.get();
            for (Api.As as : f.readers()) {
                var refused = api().post(as, "/api/v1/clients/" + b + "/decisions", decision);
                problem(refused, 404);
                sameAnswer(refused, api().post(as, "/api/v1/clients/" + UNKNOWN + "/decisions", decision), b);
            }
            for (Api.As as : aReadersOnly) {
                problem(api().post(as, "/api/v1/clients/" + a + "/decisions", decision), 403);
            }
            assertThat(bDecisions.get()).isEqualTo(before);
        });
        cases.put("DELETE /api/v1/clients/{client}/decisions/{id}", () -> {
            String id = Api.json(api().post(Setup.admin(api()), "/api/v1/clients/" + b + "/decisions", decision))
                    .path("id").asString();
            String before = bDecisions.get();
            for (Api.As as : f.readers()) {
                var refused = api().delete(as, "/api/v1/clients/" + b + "/decisions/" + id);
                problem(refused, 404);
                sameAnswer(refused, api().delete(as, "/api/v1/clients/" + UNKNOWN + "/decisions/" + id), b);
                problem(api().delete(as, "/api/v1/clients/" + a + "/decisions/" + id), 404);
            }
            assertThat(bDecisions.get()).isEqualTo(before).doesNotContain("withdrawn\"");
        });
        cases.put("GET /api/v1/clients/{client}/actions", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/actions", b, null);
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/actions?overdue=true", b, null);
                visible(as, "/api/v1/clients/" + a + "/actions");
            }
        });
        cases.put("GET /api/v1/clients/{client}/actions/{key}", () -> {
            for (Api.As as : f.readers()) {
                hiddenLikeUnknown(as, "/api/v1/clients/" + b + "/actions/" + finding, b, null);
                visible(as, "/api/v1/clients/" + a + "/actions/" + finding);
            }
        });
        cases.put("PUT /api/v1/clients/{client}/actions/{key}", () -> {
            String before = bTracking.get();
            for (Api.As as : f.readers()) {
                var refused = api().put(as, "/api/v1/clients/" + b + "/actions/" + finding, "{\"status\":\"done\"}");
                problem(refused, 404);
                sameAnswer(refused, api().put(as, "/api/v1/clients/" + UNKNOWN + "/actions/" + finding,
                        "{\"status\":\"done\"}"), b);
            }
            for (Api.As as : aReadersOnly) {
                problem(api().put(as, "/api/v1/clients/" + a + "/actions/" + finding, "{\"status\":\"done\"}"), 403);
            }
            assertThat(bTracking.get()).isEqualTo(before);
        });
        cases.put("POST /api/v1/clients/{client}/actions/xlsx", () -> {
            byte[] xlsx = api().get(Setup.admin(api()), "/api/v1/results/" + f.aResult() + "?format=xlsx").body();
            String before = bTracking.get();
            for (Api.As as : f.readers()) {
                var refused = api().request(as, "POST", "/api/v1/clients/" + b + "/actions/xlsx",
                        AssessmentsController.XLSX, xlsx, null);
                problem(refused, 404);
                sameAnswer(refused, api().request(as, "POST", "/api/v1/clients/" + UNKNOWN + "/actions/xlsx",
                        AssessmentsController.XLSX, xlsx, null), b);
            }
            for (Api.As as : aReadersOnly) {
                problem(api().request(as, "POST", "/api/v1/clients/" + a + "/actions/xlsx", AssessmentsController.XLSX,
                        xlsx, null), 403);
            }
            assertThat(bTracking.get()).isEqualTo(before);
        });

        cases.put("POST /results/{id}/decisions", () -> {
            String before = bDecisions.get();
            String form = "findingId=" + finding + "&kind=false-positive&justification=j&expiresOn="
                    + java.time.LocalDate.now().plusMonths(1);
            for (PageSession session : f.pageReaders()) {
                var refused = session.submit("/results/" + f.bResult() + "/decisions", form);
                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(Api.text(refused)).doesNotContain(B_NAME);
            }
            for (Setup.User reader : List.of(f.auditor(), f.viewer())) {
                assertThat(f.session(reader).submit("/results/" + f.aResult() + "/decisions", form).statusCode())
                        .isEqualTo(403);
            }
            assertThat(bDecisions.get()).isEqualTo(before);
        });
        cases.put("POST /clients/{client}/actions/{key}", () -> {
            String before = bTracking.get();
            for (PageSession session : f.pageReaders()) {
                var refused = session.submit("/clients/" + b + "/actions/" + finding + "?result=" + f.bResult(), "status=done");
                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(Api.text(refused)).doesNotContain(B_NAME);
            }
            for (Setup.User reader : List.of(f.auditor(), f.viewer())) {
                assertThat(f.session(reader).submit("/clients/" + a + "/actions/" + finding + "?result=" + f.aResult(),
                        "status=done").statusCode()).isEqualTo(403);
            }
            assertThat(bTracking.get()).isEqualTo(before);
        });
        cases.put("POST /clients/{client}/actions/xlsx", () -> {
            byte[] xlsx = api().get(Setup.admin(api()), "/api/v1/results/" + f.aResult() + "?format=xlsx").body();
            String before = bTracking.get();
            for (PageSession session : f.pageReaders()) {
                var refused = session.uploadFile("/clients/" + b + "/actions/xlsx?result=" + f.bResult(), "file", xlsx);
                assertThat(refused.statusCode()).isEqualTo(404);
                assertThat(Api.text(refused)).doesNotContain(B_NAME);
            }
            for (Setup.User reader : List.of(f.auditor(), f.viewer())) {
                assertThat(f.session(reader).uploadFile("/clients/" + a + "/actions/xlsx?result=" + f.aResult(), "file",
                        xlsx).statusCode()).isEqualTo(403);
            }
            assertThat(bTracking.get()).isEqualTo(before);
        });
    }

    // --- what the cases check ---

    /**
     * The answer for B's id is the answer for an id that does not exist: 404 (or 403), the same body but for the
     * id, and nothing of B's.
     */
    private void hiddenLikeUnknown(Api.As as, String path, String bId, String accept) {
        var answer = accept == null ? api().get(as, path) : api().get(as, path, accept);
        var unknown = accept == null ? api().get(as, path.replace(bId, UNKNOWN))
                : api().get(as, path.replace(bId, UNKNOWN), accept);
        assertThat(answer.statusCode()).as(path).isIn(403, 404);
        sameAnswer(answer, unknown, bId);
    }

    private static void sameAnswer(HttpResponse<byte[]> answer, HttpResponse<byte[]> unknown, String bId) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(unknown.statusCode());
        assertThat(Api.text(answer)).doesNotContain(B_NAME);
        assertThat(Api.text(answer).replace(bId, UNKNOWN)).isEqualTo(Api.text(unknown));
        assertThat(answer.headers().firstValue("Content-Type")).isEqualTo(unknown.headers().firstValue("Content-Type"));
    }

    private HttpResponse<byte[]> visible(Api.As as, String path) {
        var answer = api().get(as, path);
        assertThat(answer.statusCode()).as(path + ": " + Api.text(answer)).isEqualTo(200);
        assertThat(Api.text(answer)).doesNotContain(B_NAME);
        return answer;
    }

    private static void hiddenPage(PageSession session, String path) {
        var answer = session.get(path);
        assertThat(answer.statusCode()).as(path).isIn(403, 404);
        assertThat(Api.text(answer)).doesNotContain(B_NAME);
    }

    private static HttpResponse<byte[]> visiblePage(PageSession session, String path) {
        var answer = session.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(Api.text(answer)).doesNotContain(B_NAME);
        return answer;
    }

    private void forbidden(TenancyFixture f, java.util.function.Function<Api.As, HttpResponse<byte[]>> call) {
        for (Api.As as : f.readers()) {
            assertThat(problem(call.apply(as), 403).toString()).doesNotContain(B_NAME);
        }
    }

    private void noClientData(TenancyFixture f, String path) {
        for (Api.As as : f.readers()) {
            var answer = api().get(as, path);
            assertThat(answer.statusCode()).as(path).isIn(200, 302);
            assertThat(Api.text(answer)).doesNotContain(f.b(), B_NAME);
        }
    }

    /** B still has exactly its two results. */
    private void assertBUnchanged(TenancyFixture f) {
        assertThat(ids(api().get(Setup.admin(api()), "/api/v1/clients/" + f.b() + "/results")))
                .containsExactly(f.bResult(), f.bEarlier());
    }

    private static List<String> ids(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.json(response).valueStream().map(r -> r.get("id").asString()).toList();
    }
}
