package org.ismsassessor.snapshot;

import java.util.List;

/** A training or awareness course offered to personnel. */
public record TrainingCourse(
        String id,
        String title,
        Boolean awareness,
        List<String> competences,
        Integer intervalMonths) {

    public TrainingCourse {
        competences = Lists.orEmpty(competences);
    }
}
