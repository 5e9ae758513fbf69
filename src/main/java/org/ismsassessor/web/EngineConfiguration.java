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
import org.ismsassessor.web.results.AssessmentGate;
import org.ismsassessor.web.results.EditionEngines;
import org.ismsassessor.web.results.MemoryBudget;
import org.ismsassessor.web.results.SubmissionLimits;
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

    /**
     * The engine of each edition: the default one's above, the ISO/IEC 27001:2022 one's built on the first snapshot
     * naming it, with the same time limit and loader limits.
     */
    @Bean
    EditionEngines editionEngines(Assessment assessment, SnapshotLoader snapshotLoader,
            @Value("${assessor.limits.time-limit-seconds:120}") long seconds) {
        return new EditionEngines(assessment, snapshotLoader, seconds <= 0 ? null : Duration.ofSeconds(seconds));
    }

    /** Snapshots larger than assessor.limits.snapshot-mb or with more than assessor.limits.facts are refused. */
    @Bean
    SnapshotLoader snapshotLoader(Catalogue catalogue, @Value("${assessor.limits.snapshot-mb:256}") long megabytes,
            @Value("${assessor.limits.facts:2000000}") int facts) {
        return new SnapshotLoader(catalogue.controls().stream().map(c -> c.id())
                .collect(java.util.stream.Collectors.toSet()),
                Limits.defaults().withMaxBytes(megabytes * Limits.MIB).withMaxFacts(facts));
    }

    /**
     * At most assessor.limits.concurrent-assessments snapshots are assessed or validated at once (0: one per
     * core), up to assessor.limits.queued-assessments more wait at most assessor.limits.queue-wait-seconds (429
     * with Retry-After beyond); each must fit assessor.limits.assessment-memory-mb (0: the heap less a reserve of
     * 512 MiB, shared by the concurrent assessments and the queue); a result's JSON is stored up to
     * assessor.limits.result-mb.
     */
    @Bean
    SubmissionLimits submissionLimits(@Value("${assessor.limits.concurrent-assessments:0}") int concurrent,
            @Value("${assessor.limits.queued-assessments:64}") int queued,
            @Value("${assessor.limits.queue-wait-seconds:60}") long waitSeconds,
            @Value("${assessor.limits.assessment-memory-mb:0}") long memoryMb,
            @Value("${assessor.limits.result-mb:64}") long resultMb) {
        int slots = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        MemoryBudget memory = MemoryBudget.of(memoryMb, slots, Runtime.getRuntime().maxMemory());
        // The snapshots waiting hold at most as much memory as one more assessment.
        return new SubmissionLimits(new AssessmentGate(slots, queued, memory.perAssessmentBytes(), waitSeconds, 10),
                memory, resultMb * Limits.MIB);
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
