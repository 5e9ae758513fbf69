package org.ismsassessor.web;

import javax.sql.DataSource;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.ismsassessor.store.HistoryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The assessor's engine as beans: the catalogue, the rule base (built once at start-up and shared by every
 * request's session), the loader and the history store on the service's pooled database.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    @Bean
    Catalogue catalogue() {
        return Catalogue.load(Edition.ISO27001_2005);
    }

    @Bean
    Assessment assessment(Catalogue catalogue) {
        return new Assessment(catalogue, RuleBase.builtIn(catalogue));
    }

    @Bean
    SnapshotLoader snapshotLoader(Catalogue catalogue) {
        return new SnapshotLoader(catalogue.controls().stream().map(c -> c.id())
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Bean
    IntervalSettings intervalSettings() {
        return IntervalSettings.defaults();
    }

    /** Transaction-aware, so a submission's history rows commit or roll back with its result row. */
    @Bean
    HistoryStore historyStore(DataSource dataSource) {
        return HistoryStore.on(new TransactionAwareDataSourceProxy(dataSource));
    }
}
