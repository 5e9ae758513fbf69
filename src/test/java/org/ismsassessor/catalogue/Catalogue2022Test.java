package org.ismsassessor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ismsassessor.engine.IntervalTopic;
import org.ismsassessor.snapshot.ActivityKind;
import org.ismsassessor.snapshot.DocumentType;
import org.junit.jupiter.api.Test;

/** The ISO/IEC 27001:2022 catalogue: complete, in the standard's order, every control with its theme, attributes and evidence. */
class Catalogue2022Test {
    private static final Catalogue CATALOGUE = Catalogue.load(Edition.ISO27001_2022);
    private static final List<Control> CONTROLS = CATALOGUE.controls();

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Test
    void theEditionIsFoundByItsId() {
        assertThat(Edition.byId("iso27001-2022")).contains(Edition.ISO27001_2022);
        assertThat(CATALOGUE.edition()).isEqualTo(Edition.ISO27001_2022);
        assertThat(Edition.ids()).isEqualTo("iso27001-2005, iso27001-2022");
    }

    @Test
    void thereAre93ControlsIn37OrganizationalEightPeople14PhysicalAnd34Technological() {
        assertThat(CONTROLS).hasSize(93);
        Map<String, Long> perTheme = CONTROLS.stream().collect(Collectors.groupingBy(Control::theme, Collectors.counting()));
        assertThat(perTheme).containsExactlyInAnyOrderEntriesOf(
                Map.of("organizational", 37L, "people", 8L, "physical", 14L, "technological", 34L));
    }

    @Test
    void controlIdsAreUniqueAndRunFromA51ToA834InOrder() {
        List<String> expected = new ArrayList<>();
        int[] sizes = {37, 8, 14, 34};
        for (int theme = 0; theme < 4; theme++) {
            for (int n = 1; n <= sizes[theme]; n++) {
                expected.add("A." + (theme + 5) + "." + n);
            }
        }
        assertThat(CONTROLS).extracting(Control::id).containsExactlyElementsOf(expected);
    }

    @Test
    void eachControlSitsInItsThemesClauseWithoutA2005Objective() {
        Map<String, String> clauseOfTheme = Map.of("organizational", "A.5", "people", "A.6", "physical", "A.7",
                "technological", "A.8");
        assertThat(CONTROLS).allSatisfy(c -> {
            assertThat(c.domain()).as(c.id()).isEqualTo(clauseOfTheme.get(c.theme()));
            assertThat(c.id()).as(c.id()).startsWith(c.domain() + ".");
            assertThat(c.objective()).as(c.id()).isNull();
            assertThat(CATALOGUE.groupTitle(c.domain())).as(c.id()).endsWith(" controls");
        });
        assertThat(CATALOGUE.groupTitle("A.8")).isEqualTo("Technological controls");
    }

    @Test
    void everyControlHasAttributesFromTheStandardsLists() {
        assertThat(CONTROLS).allSatisfy(c -> {
            ControlAttributes a = c.attributes();
            assertThat(a).as(c.id()).isNotNull();
            assertThat(a.controlTypes()).as(c.id()).isNotEmpty().isSubsetOf(ControlAttributes.CONTROL_TYPES);
            assertThat(a.securityProperties()).as(c.id()).isNotEmpty().isSubsetOf(ControlAttributes.SECURITY_PROPERTIES);
            assertThat(a.cybersecurityConcepts()).as(c.id()).isNotEmpty()
                    .isSubsetOf(ControlAttributes.CYBERSECURITY_CONCEPTS);
            assertThat(a.operationalCapabilities()).as(c.id()).isNotEmpty()
                    .isSubsetOf(ControlAttributes.OPERATIONAL_CAPABILITIES);
            assertThat(a.securityDomains()).as(c.id()).isNotEmpty().isSubsetOf(ControlAttributes.SECURITY_DOMAINS);
        });
        ControlAttributes threatIntelligence = CATALOGUE.control("A.5.7").orElseThrow().attributes();
        assertThat(threatIntelligence).isEqualTo(new ControlAttributes(List.of("preventive", "detective", "corrective"),
                List.of("confidentiality", "integrity", "availability"), List.of("identify", "detect", "respond"),
                List.of("threat-and-vulnerability-management"), List.of("defence", "resilience")));
        ControlAttributes ictReadiness = CATALOGUE.control("A.5.30").orElseThrow().attributes();
        assertThat(ictReadiness.securityProperties()).containsExactly("availability");
        assertThat(ictReadiness.controlTypes()).containsExactly("corrective");
    }

    @Test
    void anAttributeValueOutsideTheStandardsListIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ControlAttributes(List.of("deterrent"),
                List.of("integrity"), List.of("protect"), List.of("governance"), List.of("protection")))
                .hasMessage("attributes.controlTypes has 'deterrent' in annex-a.json; expected one of"
                        + " [corrective, detective, preventive]");
    }

    @Test
    void everyControlIsExpectedAlwaysOrByAListedCharacteristicTheSnapshotFormatKnows() {
        Catalogue edition2005 = Catalogue.load(Edition.ISO27001_2005);
        assertThat(CONTROLS).allSatisfy(c -> assertThat(
                c.expectedWhen().equals(Control.ALWAYS) || CATALOGUE.characteristics().containsKey(c.expectedWhen()))
                .as(c.id() + " expected when " + c.expectedWhen()).isTrue());
        // Reused from 2005, so a snapshot's organization.characteristics answers them without a format change.
        assertThat(edition2005.characteristics()).containsAllEntriesOf(CATALOGUE.characteristics());
    }

    @Test
    void everyControlHasItsEvidenceEntryAndAtMostTenRestOnDeclaration() {
        List<String> kinds = Arrays.stream(ActivityKind.values()).map(Catalogue2022Test::kebab).toList();
        List<String> types = Arrays.stream(DocumentType.values()).map(Catalogue2022Test::kebab).toList();
        assertThat(CONTROLS).allSatisfy(c -> {
            Evidence e = c.evidence();
            assertThat(e.basis()).as(c.id()).isIn(Evidence.EVIDENCE, Evidence.DECLARATION);
            assertThat("check".equals(e.by())).as(c.id() + " by check exactly when it has checks")
                    .isEqualTo(!c.checks().isEmpty());
            if (e.declarationOnly()) {
                assertThat(e.why()).as(c.id()).isNotBlank();
            } else {
                assertThat(e.by()).as(c.id()).isIn("check", "record", "document");
            }
            if (e.byRecord()) {
                assertThat(e.record()).as(c.id()).isIn(kinds);
                assertThat(e.interval() == null ? e.months() != null && e.months() > 0
                        : IntervalTopic.byKey(e.interval()).isPresent()).as(c.id() + " interval").isTrue();
            }
            if (e.byDocument()) {
                assertThat(e.documentType()).as(c.id()).isIn(types);
            }
        });
        assertThat(CONTROLS.stream().filter(c -> c.evidence().declarationOnly()).map(Control::id))
                .hasSizeLessThanOrEqualTo(10).containsExactly("A.7.12", "A.8.27");
    }

    @Test
    void theControlsNewIn2022AreJudgedByChecksOnFacts() {
        assertThat(List.of("A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16",
                "A.8.23", "A.8.28")).allSatisfy(id -> {
                    Control c = CATALOGUE.control(id).orElseThrow();
                    assertThat(c.checks()).as(id).isNotEmpty();
                    assertThat(c.evidence().by()).as(id).isEqualTo("check");
                });
    }

    @Test
    void requirementIdsAreUniqueAndIncludeTheObligationsNewIn2022() {
        List<String> ids = CATALOGUE.requirements().stream().map(Requirement::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeBetween(100, 140)
                .contains("4.1.climate", "4.2.c", "6.3", "9.3.2.c", "6.1.3.d", "9.2.2.c", "10.1", "10.2.d")
                .startsWith("4.1", "4.1.climate", "4.2.a").endsWith("10.2.g");
        assertThat(ids.stream().filter(id -> id.startsWith("9.3.2."))).containsExactly("9.3.2.a", "9.3.2.b", "9.3.2.c",
                "9.3.2.d", "9.3.2.e", "9.3.2.f", "9.3.2.g");
        assertThat(ids.stream().filter(id -> id.startsWith("6.1.3."))).containsExactly("6.1.3.a", "6.1.3.b", "6.1.3.c",
                "6.1.3.d", "6.1.3.e", "6.1.3.f", "6.1.3.documented");
        assertThat(CATALOGUE.requirements()).allSatisfy(r -> {
            assertThat(r.id()).as(r.id()).startsWith(r.clause());
            assertThat(CATALOGUE.groupTitle(r.clause())).as(r.id()).isNotEqualTo(r.clause());
            assertThat(r.title()).as(r.id()).isNotBlank();
            assertThat(r.requirement()).as(r.id()).isNotBlank();
            assertThat(r.evidence()).as(r.id()).isNotEmpty();
        });
        Map<String, Requirement> byId = CATALOGUE.requirements().stream()
                .collect(Collectors.toMap(Requirement::id, Function.identity()));
        assertThat(byId.get("4.1.climate").requirement()).contains("climate change");
        assertThat(byId.get("9.3.2.c").requirement()).contains("interested parties");
    }

    @Test
    void requirementsAndControlsShareOneNamespaceInTheStandardsOrder() {
        List<String> all = new ArrayList<>(CATALOGUE.requirements().stream().map(Requirement::id).toList());
        CONTROLS.forEach(c -> all.add(c.id()));
        assertThat(all).doesNotHaveDuplicates();
        // The standard's order, not the strings': 10.1 after 4.1.climate, Annex A last, an unknown id after all.
        assertThat(java.util.stream.Stream.of("A.5.1", "no-such-id", "10.1", "4.1.climate").sorted(CATALOGUE.order()))
                .containsExactly("4.1.climate", "10.1", "A.5.1", "no-such-id");
        assertThat(CATALOGUE.groups()).startsWith("4.1", "4.2", "4.3", "4.4", "5.1").endsWith("10.2", "A.5", "A.6", "A.7", "A.8");
        assertThat(CATALOGUE.ownerRoleOf("A.5.30")).isEqualTo("Business continuity manager");
        assertThat(CATALOGUE.ownerRoleOf("A.8.28")).isEqualTo("Development lead");
        assertThat(CATALOGUE.ownerRoleOf("9.2.2.c")).isEqualTo("Internal audit lead");
    }

    @Test
    void the2005ControlsHaveNoThemeOrAttributes() {
        assertThat(Catalogue.load(Edition.ISO27001_2005).controls())
                .allSatisfy(c -> {
                    assertThat(c.theme()).as(c.id()).isNull();
                    assertThat(c.attributes()).as(c.id()).isNull();
                    assertThat(c.objective()).as(c.id()).isNotNull();
                });
    }
}
