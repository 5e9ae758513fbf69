package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;

/** The API contract on the embedded database. */
class ApiOnH2Test extends ServerTest implements ApiContract {
    @Override
    public Api api() {
        return api;
    }
}
