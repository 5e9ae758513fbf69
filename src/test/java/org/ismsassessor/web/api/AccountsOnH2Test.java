package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;

/** The accounts contract on the embedded database. */
class AccountsOnH2Test extends ServerTest implements AccountsContract {
    @Override
    public Api api() {
        return api;
    }
}
