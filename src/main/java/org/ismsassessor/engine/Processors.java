package org.ismsassessor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ismsassessor.snapshot.Agreement;
import org.ismsassessor.snapshot.Supplier;

/** What the data protection terms agreed with a processor cover, compared with what it processes (A.15.1.4). */
public final class Processors {
    private Processors() {
    }

    /** The categories of personal data named by the agreements, sorted and without repeats. */
    public static List<String> covered(List<?> agreements) {
        TreeSet<String> covered = new TreeSet<>();
        for (Object agreement : agreements) {
            covered.addAll(((Agreement) agreement).dataCategories());
        }
        return List.copyOf(covered);
    }

    /**
     * The categories the processor handles that no agreement names. Agreements that name no categories at all are
     * taken to cover everything the supplier handles (older agreements list none): only a list can leave one out.
     */
    public static List<String> uncovered(Supplier supplier, List<?> agreements) {
        boolean anyUnlisted = agreements.stream().anyMatch(a -> ((Agreement) a).dataCategories().isEmpty());
        if (anyUnlisted) {
            return List.of();
        }
        List<String> covered = covered(agreements);
        List<String> missing = new ArrayList<>();
        new TreeSet<>(supplier.dataCategories()).stream().filter(c -> !covered.contains(c)).forEach(missing::add);
        return missing;
    }
}
