package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;

/** The tenancy contract on the embedded database. */
class TenancyOnH2Test extends ServerTest implements TenancyContract {
    @Override
    public Api api() {
        return api;
    }
}
