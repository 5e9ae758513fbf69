package org.ismsassessor.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.snapshot.Snapshot;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs one assessment: a fresh session, the snapshot's facts inserted, all rules fired, findings and the
 * derived applicability of the controls read back.
 */
public final class RuleSession {
    /** One daemon thread halts sessions that run past their time limit; it never runs rules itself. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rule-session-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    private final RuleBase ruleBase;
    private final Catalogue catalogue;
    private final Duration timeLimit;

    public RuleSession(RuleBase ruleBase, Catalogue catalogue) {
        this(ruleBase, catalogue, null);
    }

    /** @param timeLimit the longest rule evaluation allowed, or null for none */
    public RuleSession(RuleBase ruleBase, Catalogue catalogue, Duration timeLimit) {
        this.ruleBase = ruleBase;
        this.catalogue = catalogue;
        this.timeLimit = timeLimit;
    }

    /**
     * The findings and expected controls the rules insert for this snapshot on this date.
     *
     * @throws TimeLimitExceeded when the rules run longer than the time limit (the session is halted)
     */
    public SessionOutcome run(Snapshot snapshot, LocalDate date, IntervalSettings intervals) {
        KieSession session = ruleBase.kieBase().newKieSession();
        AtomicBoolean halted = new AtomicBoolean();
        ScheduledFuture<?> watchdog = timeLimit == null ? null : WATCHDOG.schedule(() -> {
            halted.set(true);
            session.halt();
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            // The rows of the data-driven rules' tables are facts like the snapshot's: each rule joins its rows.
            for (ShapeRow row : ruleBase.shapes().rows()) {
                session.insert(row);
            }
            for (Object fact : Facts.of(snapshot, catalogue, date, intervals)) {
                if (halted.get()) {
                    throw new TimeLimitExceeded(timeLimit);
                }
                session.insert(fact);
            }
            session.fireAllRules();
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            if (halted.get()) {
                throw new TimeLimitExceeded(timeLimit);
            }
            List<Finding> findings = new ArrayList<>();
            for (Object finding : session.getObjects(new ClassObjectFilter(Finding.class))) {
                findings.add((Finding) finding);
            }
            List<ControlExpected> expected = new ArrayList<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(ControlExpected.class))) {
                expected.add((ControlExpected) fact);
            }
            return new SessionOutcome(findings, expected);
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            session.dispose();
        }
    }
}
