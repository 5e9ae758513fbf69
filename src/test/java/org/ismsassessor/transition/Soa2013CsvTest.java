package org.ismsassessor.transition;

import static org.assertj.core.api.Assertions.assertThat;

import org.ismsassessor.snapshot.InputError;
import org.junit.jupiter.api.Test;

class Soa2013CsvTest {
    private final EditionIds iso2013 = Mappings.load().iso2013();

    @Test
    void aValidFileGivesOneDecisionPerRow() {
        Soa2013Csv.Result read = Soa2013Csv.read("soa.csv", """
                control;applicable;status;justification
                A.5.1.1;yes;implemented;"Policy; approved"
                9.2.1;no;;no own users
                """, iso2013);

        assertThat(read.errors()).isEmpty();
        assertThat(read.decisions()).containsExactly(
                java.util.Map.entry("A.5.1.1", new SoaDecision("A.5.1.1", true, "implemented", "Policy; approved")),
                java.util.Map.entry("A.9.2.1", new SoaDecision("A.9.2.1", false, null, "no own users")));
    }

    @Test
    void everyBadCellIsNamedByFileLineAndColumn() {
        Soa2013Csv.Result read = Soa2013Csv.read("soa.csv", """
                control,applicable,status,justification
                A.5.1.1,yes,implemented,ok

                A.5.1.2,yes,done,ok
                A.5.1.9,maybe,,x
                A.5.1.1,no,,again
                """, iso2013);

        assertThat(read.errors()).containsExactly(
                new InputError("soa.csv line 4, column 3 (status)",
                        "'done': expected one of implemented, partial, planned, not-implemented for an applicable control"),
                new InputError("soa.csv line 5, column 1 (control)",
                        "'A.5.1.9' is not a control of ISO/IEC 27001:2013 (expected A.5.1.1 .. A.18.2.3)"),
                new InputError("soa.csv line 5, column 2 (applicable)", "'maybe': expected yes or no (or true, false)"),
                new InputError("soa.csv line 6, column 1 (control)", "A.5.1.1 has a row already: expected one row per control"));
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThat(Soa2013Csv.read("soa.csv", "control,applicable\nA.5.1.1,yes\n", iso2013).errors())
                .containsExactly(new InputError("soa.csv line 1",
                        "the header lacks status, justification: expected the columns control,applicable,status,justification"));
    }
}
