package org.ismsassessor.compare;

import java.time.LocalDate;
import org.ismsassessor.Samples;
import org.ismsassessor.TestEngine;
import org.ismsassessor.engine.IntervalSettings;
import org.ismsassessor.snapshot.LoadResult;

/** The BrightPath sample pair: six months before the reference date, and on it; assessed once per test run. */
public final class SamplePair {
    public static final String EARLIER = "brightpath-software-2026-05";
    public static final String LATER = "brightpath-software";
    public static final LocalDate EARLIER_DATE = LocalDate.of(2026, 5, 29);
    private static Assessed earlier;
    private static Assessed later;

    private SamplePair() {
    }

    public static synchronized Assessed earlier() {
        if (earlier == null) {
            earlier = assessed(EARLIER, EARLIER_DATE);
        }
        return earlier;
    }

    public static synchronized Assessed later() {
        if (later == null) {
            later = new Assessed(Samples.assessed(LATER), ControlStatuses.declaredIn(Samples.load(LATER).snapshot()));
        }
        return later;
    }

    private static Assessed assessed(String name, LocalDate date) {
        LoadResult.Loaded loaded = Samples.load(name);
        return new Assessed(TestEngine.ASSESSMENT.assess(loaded, date, IntervalSettings.defaults()),
                ControlStatuses.declaredIn(loaded.snapshot()));
    }
}
