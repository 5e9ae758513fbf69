package org.ismsassessor.grading;

/**
 * When a group of per-item findings shows a systematic failure and becomes a major nonconformity: at least
 * {@code count} items, or at least {@code share} of the population when the population holds {@code minPopulation}
 * or more. Written in the grading table as {@code count>=10}, {@code share>=0.5 min=5}, or both.
 */
public record Escalation(Integer count, Double share, int minPopulation) {

    public static final Escalation NONE = new Escalation(null, null, 0);

    /** Parses the table's notation; throws {@link IllegalArgumentException} naming what is wrong. */
    public static Escalation parse(String text) {
        if (text == null || text.isBlank() || text.equals("-")) {
            return NONE;
        }
        Integer count = null;
        Double share = null;
        int min = 1;
        for (String term : text.trim().split("\\s+")) {
            if (term.startsWith("count>=")) {
                count = Integer.parseInt(term.substring(7));
            } else if (term.startsWith("share>=")) {
                share = Double.parseDouble(term.substring(7));
                if (share <= 0 || share > 1) {
                    throw new IllegalArgumentException("share must lie in (0, 1], not " + share);
                }
            } else if (term.startsWith("min=")) {
                min = Integer.parseInt(term.substring(4));
            } else {
                throw new IllegalArgumentException("'" + term + "' is not count>=N, share>=X or min=P");
            }
        }
        return new Escalation(count, share, min);
    }

    public boolean any() {
        return count != null || share != null;
    }

    /** The reason to escalate {@code items} of a population of {@code population} (0: unknown), or null. */
    public String reasonToEscalate(int items, int population) {
        if (count != null && items >= count) {
            return items + " items (the table escalates from " + count + ")";
        }
        if (share != null && population >= minPopulation && population > 0 && items >= share * population) {
            return items + " of " + population + " (" + Math.round(100.0 * items / population)
                    + " %; the table escalates from " + Math.round(100 * share) + " % of at least " + minPopulation + ")";
        }
        return null;
    }

    @Override
    public String toString() {
        if (!any()) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        if (count != null) {
            text.append("count>=").append(count);
        }
        if (share != null) {
            text.append(text.isEmpty() ? "" : " ").append("share>=").append(share).append(" min=").append(minPopulation);
        }
        return text.toString();
    }
}
