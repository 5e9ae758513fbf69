package org.ismsassessor.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MappingsTest {
    private final Mappings mappings = Mappings.load();

    private static Set<String> froms(Mapping m) {
        return m.controlRows().stream().map(MappingRow::from).filter(f -> !f.isEmpty()).collect(Collectors.toSet());
    }

    private static Set<String> targets(Mapping m) {
        return m.controlRows().stream().flatMap(r -> r.to().stream()).collect(Collectors.toSet());
    }

    private static Set<String> newIds(Mapping m) {
        return m.controlRows().stream().filter(MappingRow::isNew).flatMap(r -> r.to().stream()).collect(Collectors.toSet());
    }

    @Test
    void everyControlOfEachEditionAppearsAtLeastOnce() {
        assertThat(mappings.iso2005().controls()).hasSize(133);
        assertThat(mappings.iso2013().controls()).hasSize(114);
        assertThat(mappings.iso2022().controls()).hasSize(93);
        assertThat(froms(mappings.from2005())).isEqualTo(mappings.iso2005().controls().keySet());
        assertThat(targets(mappings.from2005())).isEqualTo(mappings.iso2013().controls().keySet());
        assertThat(froms(mappings.from2013())).isEqualTo(mappings.iso2013().controls().keySet());
        assertThat(targets(mappings.from2013())).isEqualTo(mappings.iso2022().controls().keySet());
        assertThat(mappings.iso2022().controls().keySet()).startsWith("A.5.1").endsWith("A.8.34");
    }

    @Test
    void theElevenNewControlsOfEachEditionAreMarkedNewWithNothingToComeFrom() {
        assertThat(newIds(mappings.from2013())).containsExactlyInAnyOrder("A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9",
                "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23", "A.8.28");
        assertThat(newIds(mappings.from2005())).containsExactlyInAnyOrder("A.6.1.5", "A.12.6.2", "A.14.2.1", "A.14.2.5",
                "A.14.2.6", "A.14.2.8", "A.15.1.1", "A.15.1.3", "A.16.1.4", "A.16.1.5", "A.17.2.1");
        // A new control has no other row reaching it.
        Map<String, List<MappingRow>> byTarget = mappings.from2013().controlRowsByTarget();
        assertThat(byTarget.get("A.5.7")).singleElement().satisfies(r -> assertThat(r.from()).isEmpty());
    }

    @Test
    void rowsSayHowEachControlMoved() {
        assertThat(mappings.from2013().controlRowsFrom("A.18.2.3")).singleElement()
                .satisfies(r -> {
                    assertThat(r.to()).containsExactly("A.5.36", "A.8.8");
                    assertThat(r.kind()).isEqualTo(MappingKind.SPLIT);
                });
        assertThat(mappings.from2005().controlRowsFrom("A.10.10.2")).singleElement()
                .satisfies(r -> assertThat(r.to()).containsExactly("A.12.4.1"));
        assertThat(mappings.from2005().controlRowsFrom("A.6.1.1")).singleElement()
                .satisfies(r -> {
                    assertThat(r.to()).isEmpty();
                    assertThat(r.kind()).isEqualTo(MappingKind.REMOVED);
                });
        assertThat(mappings.from2013().clauseRows().stream().filter(MappingRow::isNew).flatMap(r -> r.to().stream()))
                .containsExactly("4.1.climate", "4.2.c", "4.2.climate", "6.3", "9.3.2.c");
        assertThat(mappings.from2005().clauseRows().stream().filter(r -> r.from().equals("8.3")))
                .singleElement().satisfies(r -> assertThat(r.to()).containsExactly("6.1"));
    }

    private static final EditionIds OLD = new EditionIds("old", "Old", Map.of("A.1", "One", "A.2", "Two"), Map.of(),
            Map.of("4", "Clause four"));
    private static final EditionIds NEW = new EditionIds("new", "New", Map.of("B.1", "Bee"), Map.of(), Map.of("4", "Four"));
    private static final String HEADER = "level,from,to,kind,note\n";

    @Test
    void aBrokenLineIsNamedWithWhatWasExpected() {
        assertThatThrownBy(() -> Mappings.read("m.csv", HEADER + "control,A.1,B.1,same,ok\ncontrol,A.2,B.1,moved,x\n",
                OLD, NEW)).isInstanceOf(MappingException.class)
                .hasMessage("m.csv:3: kind 'moved': expected one of same, renamed, changed, merged, split, new, removed");
        assertThatThrownBy(() -> Mappings.read("m.csv", HEADER + "control,A.1,B.9,same,ok\n", OLD, NEW))
                .hasMessage("m.csv:2: to 'B.9': expected a control of New (B.1 .. B.1)");
        assertThatThrownBy(() -> Mappings.read("m.csv", HEADER + "control,A.1,,new,x\n", OLD, NEW))
                .hasMessage("m.csv:2: from 'A.1': expected nothing for a new control");
        assertThatThrownBy(() -> Mappings.read("m.csv", "level,from,to\n", OLD, NEW))
                .hasMessage("m.csv:1: expected the header level,from,to,kind,note");
    }

    @Test
    void anIdNoRowNamesFailsTheLoad() {
        assertThatThrownBy(() -> Mappings.read("m.csv", HEADER + "control,A.1,B.1,merged,ok\nclause,4,4,same,ok\n", OLD, NEW))
                .hasMessage("m.csv: Old control A.2 is in no row's from: expected every control of the edition at least once");
    }
}
