package org.ismsassessor.engine;

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
    private final RuleBase ruleBase;
    private final Catalogue catalogue;

    public RuleSession(RuleBase ruleBase, Catalogue catalogue) {
        this.ruleBase = ruleBase;
        this.catalogue = catalogue;
    }

    /** The findings and expected controls the rules insert for this snapshot on this date. */
    public SessionOutcome run(Snapshot snapshot, LocalDate date, IntervalSettings intervals) {
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            for (Object fact : Facts.of(snapshot, catalogue, date, intervals)) {
                session.insert(fact);
            }
            session.fireAllRules();
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
            session.dispose();
        }
    }
}
