package org.ismsassessor.web.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ismsassessor.web.Api;

/**
 * Two clients, A and B, each with results; users of every role but admin granted A only, signed in to the API
 * (HTTP Basic, or an API token for the client viewer) and to the pages; and a user of B with an API token. Set
 * up once per server. B's organization has a name that appears nowhere else, so any leak of its data shows.
 */
record TenancyFixture(String a, String b, String aResult, String bResult, String bEarlier,
        Setup.User consultant, Setup.User auditor, Setup.User viewer,
        Map<String, PageSession> sessions, Setup.User bUser, String bToken, String bTokenId) {
    static final String A_NAME = "Alpha Tenancy Ltd";
    static final String B_NAME = "Bravo Secret Holdings";
    private static final Map<String, TenancyFixture> BY_SERVER = new HashMap<>();

    static synchronized TenancyFixture on(Api api) {
        // A server started later on a port an earlier test server used holds none of that server's results.
        TenancyFixture cached = BY_SERVER.get(api.base());
        if (cached != null && api.get(Setup.admin(api), "/api/v1/results/" + cached.aResult()).statusCode() != 200) {
            BY_SERVER.remove(api.base());
        }
        return BY_SERVER.computeIfAbsent(api.base(), base -> {
            String a = Setup.createClient(api, "TA");
            String b = Setup.createClient(api, "TB");
            String aResult = Setup.submit(api, Setup.admin(api), Setup.snapshot(Setup.LATER, a, A_NAME), Setup.LATER_DATE);
            String bEarlier = Setup.submit(api, Setup.admin(api), Setup.snapshot(Setup.EARLIER, b, B_NAME), Setup.EARLIER_DATE);
            String bResult = Setup.submit(api, Setup.admin(api), Setup.snapshot(Setup.LATER, b, B_NAME), Setup.LATER_DATE);
            Setup.User consultant = Setup.createUser(api, "consultant", a);
            Setup.User auditor = Setup.createUser(api, "auditor", a);
            Setup.User viewer = Setup.createUser(api, "client_viewer", a);
            Map<String, PageSession> sessions = new HashMap<>();
            for (Setup.User user : List.of(consultant, auditor, viewer)) {
                sessions.put(user.username(), PageSession.signIn(api, user.username(), user.password()));
            }
            Setup.User bUser = Setup.createUser(api, "consultant", b);
            var token = Api.json(api.post(bUser.basic(), "/api/v1/tokens", "{\"name\":\"b\"}"));
            return new TenancyFixture(a, b, aResult, bResult, bEarlier, consultant, auditor, viewer,
                    sessions, bUser, token.get("token").asString(), token.get("id").asString());
        });
    }

    /** A's users as the API sees them: the consultant with HTTP Basic, the auditor and client viewer with tokens. */
    List<Api.As> readers() {
        return List.of(consultant.basic(), auditor.as(), viewer.as());
    }

    PageSession session(Setup.User user) {
        return sessions.get(user.username());
    }

    List<PageSession> pageReaders() {
        return List.of(session(consultant), session(auditor), session(viewer));
    }
}
