package org.ismsassessor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ismsassessor.TestEngine;
import org.ismsassessor.engine.IntervalTopic;
import org.ismsassessor.snapshot.ActivityKind;
import org.ismsassessor.snapshot.DocumentType;
import org.junit.jupiter.api.Test;

/** The evidence table of annex-a.json is complete and names only kinds, types and topics that exist. */
class EvidenceTableTest {
    private static final List<Control> CONTROLS = TestEngine.CATALOGUE.controls();

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Test
    void atMostTenControlsRestOnDeclarationAloneEachWithWhy() {
        List<Control> declared = CONTROLS.stream().filter(c -> c.evidence().declarationOnly()).toList();
        assertThat(declared).hasSizeLessThanOrEqualTo(10);
        assertThat(declared).allSatisfy(c -> assertThat(c.evidence().why()).as(c.id()).isNotBlank());
    }

    @Test
    void aControlIsEvidencedByCheckExactlyWhenItHasDataChecks() {
        assertThat(CONTROLS).allSatisfy(c -> assertThat("check".equals(c.evidence().by()))
                .as(c.id()).isEqualTo(!c.checks().isEmpty()));
    }

    @Test
    void recordsAndDocumentsNameKindsTypesAndIntervalsThatExist() {
        List<String> kinds = Arrays.stream(ActivityKind.values()).map(EvidenceTableTest::kebab).toList();
        List<String> types = Arrays.stream(DocumentType.values()).map(EvidenceTableTest::kebab).toList();
        assertThat(CONTROLS).allSatisfy(c -> {
            Evidence e = c.evidence();
            assertThat(e.basis()).as(c.id()).isIn(Evidence.EVIDENCE, Evidence.DECLARATION);
            if (e.byRecord()) {
                assertThat(e.record()).as(c.id()).isIn(kinds);
                assertThat(e.interval() == null ? e.months() != null && e.months() > 0
                        : IntervalTopic.byKey(e.interval()).isPresent()).as(c.id() + " interval").isTrue();
            }
            if (e.byDocument()) {
                assertThat(e.documentType()).as(c.id()).isIn(types);
            }
        });
    }
}
