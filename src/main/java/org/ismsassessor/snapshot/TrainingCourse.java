package org.ismsassessor.snapshot;

import java.util.List;

/** A training or awareness course offered to personnel. */
public record TrainingCourse(
        String id,
        String title,
        Boolean awareness,
        List<String> competences,
        Integer intervalMonths,
        List<String> topics) {

    public TrainingCourse {
        competences = Lists.orEmpty(competences);
        topics = Lists.orEmpty(topics);
    }
}
