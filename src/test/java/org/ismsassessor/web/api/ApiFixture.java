package org.ismsassessor.web.api;

import java.util.HashMap;
import java.util.Map;
import org.ismsassessor.web.Api;

/**
 * What the API contract reads, set up once per server (an H2 and a PostgreSQL server each get their own): a
 * client with the earlier and the later BrightPath sample submitted on their dates, and another client with the
 * Northwind sample, for a comparison across clients.
 */
record ApiFixture(String client, String earlier, String later, String otherClient, String other) {
    private static final Map<String, ApiFixture> BY_SERVER = new HashMap<>();

    static synchronized ApiFixture on(Api api) {
        // A server started later on a port an earlier test server used holds none of that server's results.
        ApiFixture cached = BY_SERVER.get(api.base());
        if (cached != null && api.get(Setup.admin(api), "/api/v1/results/" + cached.later()).statusCode() != 200) {
            BY_SERVER.remove(api.base());
        }
        return BY_SERVER.computeIfAbsent(api.base(), base -> {
            String client = Setup.createClient(api, "API");
            String earlier = Setup.submit(api, Setup.admin(api), Setup.snapshot(Setup.EARLIER, client), Setup.EARLIER_DATE);
            String later = Setup.submit(api, Setup.admin(api), Setup.snapshot(Setup.LATER, client), Setup.LATER_DATE);
            String otherClient = Setup.createClient(api, "NW");
            String other = Setup.submit(api, Setup.admin(api), Setup.snapshot("northwind-mature.json", otherClient),
                    Setup.LATER_DATE);
            return new ApiFixture(client, earlier, later, otherClient, other);
        });
    }
}
