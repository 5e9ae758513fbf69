package org.ismsassessor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ismsassessor.TestEngine;
import org.ismsassessor.snapshot.LoadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wording pass: names beside ids, control titles, periods and field names in words; paths and quotes kept. */
class WordingTest {
    static Wording wording;

    @BeforeAll
    static void aSnapshotWithNamedEntities() {
        String json = """
                {"formatVersion": "1.0", "edition": "iso27001-2005", "name": "words",
                 "organization": {"id": "ORG", "name": "Example Ltd"},
                 "people": [
                   {"id": "P-017", "name": "Anna Nowak", "jobTitle": "CISO", "management": true},
                   {"id": "P-018", "name": "Иван Петров", "jobTitle": "Engineer", "management": false},
                   {"id": "ceo", "name": "Ada Lovelace", "jobTitle": "CEO", "management": true}],
                 "roles": [{"id": "ROLE-ISM", "name": "Information security manager"}],
                 "suppliers": [{"id": "SUP-1", "name": "Cloudy Hosting"}],
                 "documents": [{"id": "DOC-1", "title": "Access Policy", "type": "topic-policy", "status": "issued"}]}
                """;
        LoadResult loaded = TestEngine.LOADER.load(json.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded).isInstanceOf(LoadResult.Loaded.class);
        wording = new Wording(((LoadResult.Loaded) loaded).snapshot(), TestEngine.CATALOGUE);
    }

    @Test
    void entitiesAreNamedWithTheirIdInBracketsAtTheirFirstMention() {
        assertThat(wording.text("P-017 holds ROLE-ISM; P-017 is also a supplier contact of SUP-1."))
                .isEqualTo("Anna Nowak (P-017) holds Information security manager (ROLE-ISM); P-017 is also a supplier"
                        + " contact of Cloudy Hosting (SUP-1).");
        assertThat(wording.text("Train P-018.")).isEqualTo("Train Иван Петров (P-018).");
        assertThat(wording.text("3 items (P-017, P-018, P-999)"))
                .isEqualTo("3 items (Anna Nowak (P-017), Иван Петров (P-018), P-999)");
    }

    @Test
    void aNameTheRuleAlreadyGaveIsPutBeforeTheIdOnce() {
        assertThat(wording.text("P-017 (Anna Nowak) left; document DOC-1 ('Access Policy') is due."))
                .isEqualTo("Anna Nowak (P-017) left; document Access Policy (DOC-1) is due.");
        assertThat(wording.text("P-018 (Иван Петров, started on 2026-06-01) is active"))
                .isEqualTo("Иван Петров (P-018, started on 2026-06-01) is active");
        assertThat(wording.text("Anna Nowak (P-017) left")).isEqualTo("Anna Nowak (P-017) left");
    }

    @Test
    void idsThatAreWordsJsonPathsAndQuotedTextAreLeftAlone() {
        assertThat(wording.text("The ceo of P-0171 and XP-017 see $.people[0].name and 'P-017 asked' at $.people"))
                .isEqualTo("The ceo of P-0171 and XP-017 see $.people[0].name and 'P-017 asked' at $.people");
    }

    @Test
    void controlsGetTheirTitleAtTheFirstMention() {
        assertThat(wording.text("Justify the exclusion of A.8.3.3, or select A.8.3.3."))
                .isEqualTo("Justify the exclusion of A.8.3.3 (Removal of access rights), or select A.8.3.3.");
        assertThat(wording.text("A.8.3.3 (Removal of access rights) is excluded"))
                .isEqualTo("A.8.3.3 (Removal of access rights) is excluded");
        assertThat(wording.text("Clause 4.2.1 j) and A.99.1 stay")).isEqualTo("Clause 4.2.1 j) and A.99.1 stay");
    }

    @Test
    void aLongQuotedFieldOfTheSnapshotIsWordedInLinearTime() {
        // A snapshot's text of any length may be quoted in a finding: apostrophes without a closing quote, long dotted
        // tokens and paths, a long run of digits after P. Each is read once, without recursion.
        for (String unit : new String[] {" 'a", "a.", "$.a", "P1", "'", "x'1 "}) {
            String text = unit.repeat(400_000);
            String worded = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> wording.text(text));
            assertThat(worded).as(unit).isEqualTo(text);
        }
        assertThat(wording.text("'P-017 asked' (P-017) and 'it's P-017's'")).isEqualTo(
                "'P-017 asked' (Anna Nowak (P-017)) and 'it's P-017's'");
    }

    @Test
    void periodsFieldNamesPlacesAndCodesAreWords() {
        assertThat(wording.text("within P30D; every P12M (P1Y2M, P2W)"))
                .isEqualTo("within 30 days; every 12 months (1 year 2 months, 2 weeks)");
        assertThat(wording.text("no person has a screenedOn date; the snapshot has no 'auditProgramme' section"))
                .isEqualTo("no person has a 'screened on' date; the snapshot has no 'audit programme' section");
        assertThat(wording.text("Record it (policy.publishedOn, documents[].lastReviewedOn) in organization.ismsOwner."))
                .isEqualTo("Record it ($.policy.publishedOn, $.documents[*].lastReviewedOn) in $.organization.ismsOwner.");
        assertThat(wording.text("no conclusion on: improvement-opportunities (audit-results, 'leaver-grace')"))
                .isEqualTo("no conclusion on: improvement opportunities (audit results, 'leaver grace')");
        assertThat(wording.text("(characteristic externalParties), ismsOperation"))
                .isEqualTo("(characteristic 'external parties'), 'ISMS operation'");
        assertThat(wording.text("a re-approved, multi-factor sign-on of third-party users, e.g. a P-2 policy")).isEqualTo(
                "a re-approved, multi-factor sign-on of third-party users, e.g. a P-2 policy");
    }
}
