package org.ismsassessor.engine;

/**
 * A derived fact: a competence that a current holder of a security role needs for it, for which neither a
 * completed course providing it nor an evidenced competence record of the person is found (5.2.2.b).
 */
public record CompetenceNotCovered(String personId, String roleId, String competence) {
}
