package org.ismsassessor.web;

import java.time.Duration;
import javax.sql.DataSource;
import org.ismsassessor.assessment.Assessment;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.engine.RuleBase;
import org.ismsassessor.snapshot.Limits;
import org.ismsassessor.snapshot.SnapshotLoader;
import org.springframework.beans.factory.annotation.Value;
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

    /** Each assessment may run its rules for at most assessor.limits.time-limit-seconds (0: no limit). */
    @Bean
    Assessment assessment(Catalogue catalogue, @Value("${assessor.limits.time-limit-seconds:120}") long seconds) {
        return new Assessment(catalogue, RuleBase.builtIn(catalogue), seconds <= 0 ? null : Duration.ofSeconds(seconds));
    }

    /** Snapshots larger than assessor.limits.snapshot-mb or with more than assessor.limits.facts are refused. */
    @Bean
    SnapshotLoader snapshotLoader(Catalogue catalogue, @Value("${assessor.limits.snapshot-mb:256}") long megabytes,
            @Value("${assessor.limits.facts:2000000}") int facts) {
        return new SnapshotLoader(catalogue.controls().stream().map(c -> c.id())
                .collect(java.util.stream.Collectors.toSet()),
                Limits.defaults().withMaxBytes(megabytes * Limits.MIB).withMaxFacts(facts));
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
