package org.ismsassessor.web.api;

import java.time.Clock;
import javax.sql.DataSource;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.web.Api;
import org.ismsassessor.web.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit contract on the embedded database. */
class AuditOnH2Test extends ServerTest implements AuditContract {
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditChain chain;
    @Autowired
    Clock clock;

    @Override
    public Api api() {
        return api;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public AuditChain chain() {
        return chain;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
