package org.ismsassessor.generate;

/** The sizes the generator knows, by the number of people; each person brings about eight facts. */
public enum SnapshotSize {
    SMALL(125),
    MEDIUM(1_250),
    LARGE(12_500),
    HUGE(125_000);

    private final int people;

    SnapshotSize(int people) {
        this.people = people;
    }

    public int people() {
        return people;
    }
}
