package org.ismsassessor.snapshot;

import java.time.LocalDate;
import java.util.List;

/** Someone who works for or with the organization. */
public record Person(
        String id,
        String name,
        String jobTitle,
        String employment,
        Boolean management,
        List<String> roles,
        LocalDate startedOn,
        LocalDate leftOn,
        @MayBeNever LocalDate screenedOn,
        LocalDate termsSignedOn,
        LocalDate confidentialityAgreementSignedOn,
        LocalDate acceptableUseAcknowledgedOn,
        List<Competence> competences) {

    public Person {
        roles = Lists.orEmpty(roles);
        competences = Lists.orEmpty(competences);
    }

    /** True when the person has left by the given day. */
    public boolean leftBy(LocalDate day) {
        return leftOn != null && !leftOn.isAfter(day);
    }

    /** Evidence of education, training, skills, experience or qualification. */
    public record Competence(String name, String evidence, LocalDate obtainedOn) {
    }
}
