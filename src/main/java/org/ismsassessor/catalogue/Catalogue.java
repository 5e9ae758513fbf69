package org.ismsassessor.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requirements and controls of one edition, in the standard's order. Ids of both kinds share one
 * namespace ({@code 4.2.1.j.3}, {@code A.8.3.3}); {@link #order()} sorts them as the standard does.
 */
public final class Catalogue {
    private final Edition edition;
    private final List<Requirement> requirements;
    private final List<Control> controls;
    private final Map<String, String> characteristics;
    private final Map<String, String> ownerRoles;
    private final Map<String, String> clauseTitles;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Requirement> requirementById = new HashMap<>();
    private final Map<String, Control> controlById = new HashMap<>();
    private final Map<String, String> domainTitles = new HashMap<>();
    private final Map<String, Integer> groupPosition = new HashMap<>();

    private Catalogue(Edition edition, List<Requirement> requirements, List<Control> controls,
            Map<String, String> characteristics, Map<String, String> ownerRoles, Map<String, String> clauseTitles) {
        this.clauseTitles = clauseTitles;
        this.edition = edition;
        this.requirements = List.copyOf(requirements);
        this.controls = List.copyOf(controls);
        this.characteristics = characteristics;
        this.ownerRoles = ownerRoles;
        requirements.forEach(r -> requirementById.put(r.id(), r));
        controls.forEach(c -> controlById.put(c.id(), c));
        controls.forEach(c -> domainTitles.putIfAbsent(c.domain(), c.clauseTitle()));
        requirements.forEach(r -> position.put(r.id(), position.size()));
        controls.forEach(c -> position.put(c.id(), position.size()));
        requirements.forEach(r -> groupPosition.putIfAbsent(r.clause(), groupPosition.size()));
        controls.forEach(c -> groupPosition.putIfAbsent(c.domain(), groupPosition.size()));
    }

    /** Loads the catalogue of an edition from the classpath ({@code catalogue/<edition>/}). */
    public static Catalogue load(Edition edition) {
        JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        JsonNode requirementsJson = read(mapper, edition, "requirements.json");
        JsonNode annexJson = read(mapper, edition, "annex-a.json");
        JsonNode ownersJson = read(mapper, edition, "owner-roles.json");
        List<Requirement> requirements = new ArrayList<>();
        requirementsJson.get("requirements").forEach(n -> requirements.add(mapper.treeToValue(n, Requirement.class)));
        List<Control> controls = new ArrayList<>();
        annexJson.get("controls").forEach(n -> controls.add(mapper.treeToValue(n, Control.class)));
        Map<String, String> characteristics = new LinkedHashMap<>();
        annexJson.get("characteristics").properties().forEach(e -> characteristics.put(e.getKey(), e.getValue().asString()));
        Map<String, String> owners = new LinkedHashMap<>();
        ownersJson.get("ownerRoles").properties().forEach(e -> owners.put(e.getKey(), e.getValue().asString()));
        Map<String, String> clauseTitles = new LinkedHashMap<>();
        read(mapper, edition, "clauses.json").get("clauseTitles").properties()
                .forEach(e -> clauseTitles.put(e.getKey(), e.getValue().asString()));
        return new Catalogue(edition, requirements, controls, characteristics, owners, clauseTitles);
    }

    private static JsonNode read(JsonMapper mapper, Edition edition, String file) {
        String resource = "/catalogue/" + edition.id() + "/" + file;
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Catalogue resource missing: " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Edition edition() {
        return edition;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    public List<Control> controls() {
        return controls;
    }

    /** The organization characteristics that make controls expected, with what each means. */
    public Map<String, String> characteristics() {
        return characteristics;
    }

    public boolean contains(String id) {
        return position.containsKey(id);
    }

    public Optional<Requirement> requirement(String id) {
        return Optional.ofNullable(requirementById.get(id));
    }

    public Optional<Control> control(String id) {
        return Optional.ofNullable(controlById.get(id));
    }

    /** The title of a requirement or control, or the id itself when unknown. */
    public String titleOf(String id) {
        return requirement(id).map(Requirement::title).or(() -> control(id).map(Control::title)).orElse(id);
    }

    /** The clause (4.2.1, 7.2 ...) or Annex A domain (A.8 ...) an id belongs to. */
    public String groupOf(String id) {
        return requirement(id).map(Requirement::clause).or(() -> control(id).map(Control::domain)).orElse("other");
    }

    /** Sorts ids as the standard lists them: the main clauses first, then Annex A; unknown ids last. */
    public Comparator<String> order() {
        return Comparator.comparingInt((String id) -> position.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The heading of a clause (4.2.1, 7) or Annex A domain (A.10); the group itself when unknown. */
    public String groupTitle(String group) {
        if (clauseTitles.containsKey(group)) {
            return clauseTitles.get(group);
        }
        return domainTitles.getOrDefault(group, group);
    }

    /** Sorts clause and domain names (4.2.1, 7.2, A.5, A.10) as the standard lists them. */
    public Comparator<String> groupOrder() {
        return Comparator.comparingInt((String group) -> groupPosition.getOrDefault(group, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Every clause (4.1, 4.2.1 ...) and Annex A domain (A.5 ...), in the standard's order. */
    public List<String> groups() {
        return groupPosition.keySet().stream().sorted(groupOrder()).toList();
    }

    /** The role that should own the action for an id: the longest matching prefix of owner-roles.json. */
    public String ownerRoleOf(String id) {
        String best = null;
        for (String prefix : ownerRoles.keySet()) {
            if ((id.equals(prefix) || id.startsWith(prefix + ".")) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? ownerRoles.getOrDefault("default", "ISMS manager") : ownerRoles.get(best);
    }
}
