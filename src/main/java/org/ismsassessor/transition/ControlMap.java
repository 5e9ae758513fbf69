package org.ismsassessor.transition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Annex A controls of ISO/IEC 27001:2005 each reaches in ISO/IEC 27001:2022 (through the 2013 control(s) it maps
 * to), and the reverse: what re-expresses a 2005 snapshot's control references and SoA statuses in 2022 terms. A
 * control whose mapping ends ({@code removed}) reaches nothing.
 */
public final class ControlMap {
    private final Map<String, List<String>> targets;
    private final Map<String, List<String>> sources;
    private final Set<String> partlyNewIn2013;

    private ControlMap(Map<String, List<String>> targets, Map<String, List<String>> sources, Set<String> partlyNewIn2013) {
        this.targets = targets;
        this.sources = sources;
        this.partlyNewIn2013 = partlyNewIn2013;
    }

    /** The map from 2005 to 2022 the shipped mapping files give. */
    public static ControlMap from2005(Mappings mappings) {
        List<String> order = List.copyOf(mappings.iso2022().controls().keySet());
        Map<String, Set<String>> reached = new LinkedHashMap<>();
        Set<String> partlyNew = new LinkedHashSet<>();
        for (MappingRow row2005 : mappings.from2005().controlRows()) {
            if (row2005.isNew()) {
                row2005.to().forEach(via -> mappings.from2013().controlRowsFrom(via).forEach(r -> partlyNew.addAll(r.to())));
                continue;
            }
            Set<String> to2022 = reached.computeIfAbsent(row2005.from(), id -> new LinkedHashSet<>());
            for (String via : row2005.to()) {
                mappings.from2013().controlRowsFrom(via).forEach(r -> to2022.addAll(r.to()));
            }
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        order.forEach(id -> sources.put(id, new ArrayList<>()));
        reached.forEach((from, to) -> {
            List<String> sorted = to.stream().sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
            targets.put(from, sorted);
            sorted.forEach(t -> sources.get(t).add(from));
        });
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sources.forEach((id, from) -> frozen.put(id, List.copyOf(from)));
        return new ControlMap(Collections.unmodifiableMap(targets), Collections.unmodifiableMap(frozen),
                Collections.unmodifiableSet(partlyNew));
    }

    /** The 2022 controls a 2005 control reaches, in the 2022 order; empty when it has none or is not a 2005 id. */
    public List<String> targets(String control2005) {
        return targets.getOrDefault(control2005, List.of());
    }

    /**
     * The 2022 controls a list of 2005 controls reaches, each once, in the order of the list (the first 2005 control
     * reaching a 2022 control places it).
     */
    public List<String> targets(List<String> controls2005) {
        Set<String> all = new LinkedHashSet<>();
        controls2005.forEach(c -> all.addAll(targets(c)));
        return List.copyOf(all);
    }

    /**
     * Whether a 2022 control comes, at least in part, from a 2013 control that was new then: no 2005 decision covers
     * all of it.
     */
    public boolean partlyNewIn2013(String control2022) {
        return partlyNewIn2013.contains(control2022);
    }

    /** The 2005 controls reaching each 2022 control (none for a control that is new or came in 2013), in 2022 order. */
    public Map<String, List<String>> sources() {
        return sources;
    }
}
