package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;

/** The audit contract on the embedded database. */
class AuditOnH2Test extends ServerTest implements AuditContract {
    @Override
    public Api api() {
        return api;
    }
}
