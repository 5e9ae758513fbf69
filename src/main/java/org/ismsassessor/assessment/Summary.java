package org.ismsassessor.assessment;

import java.util.Map;

/**
 * Finding counts by kind and by clause or Annex A domain, keyed in a fixed order so reports compare.
 *
 * @param byKind counts per finding kind, every kind present (zero included)
 * @param byClause per clause (4.2.1 ...) or Annex A domain (A.8 ...): counts per kind
 */
public record Summary(int total, Map<String, Integer> byKind, Map<String, Map<String, Integer>> byClause) {
}
