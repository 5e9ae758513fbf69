package org.ismsassessor.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ismsassessor.snapshot.InputError;
import org.ismsassessor.snapshot.LoadResult;
import org.ismsassessor.snapshot.SnapshotLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loader stops at the schema's errors; what it checks after the schema (ids unique, references resolving, ends
 * after starts) is checked here on the snapshot without the values the schema refused, so that every problem of a
 * workbook is reported in one run rather than one kind per attempt.
 */
final class LaterChecks {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern REQUIRED = Pattern.compile("required field '([^']+)' is missing");

    private final SnapshotLoader loader;

    LaterChecks(SnapshotLoader loader) {
        this.loader = loader;
    }

    /** The errors the loader finds beyond the first ones, on the snapshot cleared of what they name. */
    List<InputError> run(ObjectNode snapshot, List<InputError> first) {
        ObjectNode cleared = snapshot.deepCopy();
        Set<String> reported = new HashSet<>();
        List<String> objects = new ArrayList<>();
        List<InputError> more = new ArrayList<>();
        List<InputError> errors = first;
        // Clearing one value can reveal a check the schema makes after it; a few passes settle it.
        for (int pass = 0; pass < 3 && !errors.isEmpty(); pass++) {
            if (!clear(cleared, errors, reported, objects)) {
                break;
            }
            LoadResult next = loader.load(MAPPER.writeValueAsBytes(cleared));
            if (!(next instanceof LoadResult.Rejected rejected)) {
                break;
            }
            errors = new ArrayList<>();
            for (InputError error : rejected.errors()) {
                String path = error.path();
                boolean known = reported.contains(path) || error.message().contains("\u0000")
                        || objects.stream().anyMatch(o -> path.startsWith(o + ".") || path.startsWith(o + "["));
                if (!known) {
                    more.add(error);
                    errors.add(error);
                }
            }
        }
        return more;
    }

    /** Takes out the values errors name (ids get a placeholder no reference can name); false when it cannot. */
private boolean clear(ObjectNode tree, List<InputError> errors, Set<String> reported, List<String> objects) {
        List<InputError> reversed = new ArrayList<>(errors);
        Collections.reverse(reversed); // later items of a list first, so that earlier indexes hold
        for (InputError error : reversed) {
            reported.add(error.path());
            List<Object> steps = SnapshotImport.steps(error.path());
            if (steps == null || steps.isEmpty()) {
                return false;
            }
            JsonNode parent = tree;
            for (Object step : steps.subList(0, steps.size() - 1)) {
                parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            }
            Object last = steps.get(steps.size() - 1);
            JsonNode target = last instanceof Integer index ? parent.path(index) : parent.path((String) last);
            Matcher required = REQUIRED.matcher(error.message());
            if (target.isObject() && required.find()) {
                ((ObjectNode) target).put(required.group(1), required.group(1).equals("control") ? "A.0.0.0"
                        : "\u0000missing-" + reported.size());
                objects.add(error.path());
            } else if (steps.size() == 1 && parent == tree && last instanceof String key
                    && (key.equals("formatVersion") || key.equals("edition"))) {
                tree.put(key, key.equals("formatVersion") ? "1.0" : "iso27001-2005");
            } else if (parent instanceof ObjectNode object && last instanceof String key) {
                if (key.equals("id")) {
                    object.put(key, "\u0000refused-" + reported.size());
                } else if (key.equals("control")) {
                    object.put(key, "A.0.0.0");
                } else {
                    object.remove(key);
                }
            } else if (parent instanceof ArrayNode array && last instanceof Integer index && !target.isContainer()) {
                array.remove((int) index);
                reported.add(error.path().substring(0, error.path().lastIndexOf('[')));
            } else {
                return false;
            }
        }
        return true;
    }
}
