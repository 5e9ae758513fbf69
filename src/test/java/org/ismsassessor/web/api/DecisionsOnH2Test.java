package org.ismsassessor.web.api;

import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Decisions and tracking on the embedded database. */
class DecisionsOnH2Test extends ServerTest implements DecisionsContract {
    @Autowired
    JdbcClient jdbc;

    @Override
    public Api api() {
        return api;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }
}
