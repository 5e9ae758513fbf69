package org.ismsassessor.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * People from any HR system's CSV export, read through a mapping file naming the column of each field. A row is the
 * person the snapshot already has with its id, e-mail or name (in that order); otherwise a new person with the id
 * {@code HR-<employee number>}, or {@code HR-<8 hex digits of the e-mail's SHA-256>} without one: the same on every
 * import, whatever the row order. Given cells replace the person's fields, blank ones keep them.
 */
final class HrPeople {
    static final List<String> KEYS = List.of("name", "firstName", "lastName", "email", "employeeNumber", "startDate",
            "leavingDate", "jobTitle", "manager", "dateFormat");

    private HrPeople() {
    }

    static void merge(SnapshotMerge merge, ExportCsv csv, ColumnMapping mapping) throws ExportException {
        int name = mapping.column(csv, "name");
        int first = mapping.column(csv, "firstName");
        int last = mapping.column(csv, "lastName");
        if (name < 0 && first < 0 && last < 0) {
            throw new ExportException(mapping.file(), "map the column of each person's name: name, or firstName and lastName");
        }
        int email = mapping.column(csv, "email");
        int number = mapping.column(csv, "employeeNumber");
        int started = mapping.column(csv, "startDate");
        int left = mapping.column(csv, "leavingDate");
        int title = mapping.column(csv, "jobTitle");
        int manager = mapping.column(csv, "manager");
        List<Integer> mapped = List.of(name, first, last, email, number, started, left, title, manager);
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
            if (!mapped.contains(i) && !csv.header().get(i).isEmpty()) {
                unread.add(csv.header().get(i));
            }
        }
        if (!unread.isEmpty()) {
            merge.note(csv.file() + " line 1", "columns the mapping does not name, not read: " + String.join(", ", unread));
        }
        DateTimeFormatter dates = dateFormat(mapping);
        String pattern = mapping.get("dateFormat") == null ? "yyyy-MM-dd" : mapping.get("dateFormat");

        People people = new People(merge.snapshot.path("people"));
        Map<String, String> rowOf = new HashMap<>();
        Map<String, String> managers = new LinkedHashMap<>();
        Map<String, String> managerPlaces = new HashMap<>();
        merge.read = csv.rows().size();
        for (ExportCsv.Row row : csv.rows()) {
            String fullName = name >= 0 ? ExportCsv.cell(row, name) : join(ExportCsv.cell(row, first), ExportCsv.cell(row, last));
            String mail = ExportCsv.cell(row, email);
            String employee = ExportCsv.cell(row, number);
            LocalDate startedOn = date(merge, csv, row, started, dates, pattern);
            LocalDate leftOn = date(merge, csv, row, left, dates, pattern);
            if (fullName == null && mail == null && employee == null) {
                merge.error(csv.place(row), "no name, e-mail or employee number: nothing tells who this row is");
                continue;
            }
            String derived = employee != null ? "HR-" + employee.replaceAll("\\s+", "")
                    : mail != null ? "HR-" + hash(mail) : null;
            String id = derived != null && merge.find("people", derived).isPresent() ? derived : people.byEmail(mail);
            if (id == null) {
                List<String> named = people.byName(fullName);
                if (named.size() > 1) {
                    merge.error(csv.place(row, name), "several people are named '" + fullName + "' (" + String.join(", ", named)
                            + ") and none has the row's e-mail; give the e-mail in the snapshot or the export");
                    continue;
                }
                id = named.isEmpty() ? derived : named.get(0);
            }
            if (id == null) {
                merge.error(csv.place(row), "'" + fullName + "' is nobody in the snapshot, and without an e-mail or employee"
                        + " number the new person would have no stable id; map and fill in one of them");
                continue;
            }
            String earlier = rowOf.putIfAbsent(id, csv.place(row));
            if (earlier != null) {
                merge.error(csv.place(row), "this row is " + id + " again (first at " + earlier + ")");
                continue;
            }
            String personId = id;
            ObjectNode person = merge.from(merge.find("people", id).orElseGet(() -> merge.add("people", personId)),
                    csv.place(row));
            if (!person.hasNonNull("name")) {
                SnapshotMerge.set(person, "name", fullName);
            }
            if (mail != null) {
                person.put("email", mail);
                merge.formatOneOne = true;
            }
            SnapshotMerge.set(person, "jobTitle", ExportCsv.cell(row, title));
            SnapshotMerge.set(person, "startedOn", startedOn);
            SnapshotMerge.set(person, "leftOn", leftOn);
            SnapshotMerge.set(person, "x-employeeNumber", employee);
            people.add(id, mail, fullName);
            String boss = ExportCsv.cell(row, manager);
            if (boss != null) {
                managers.put(id, boss);
                managerPlaces.put(id, csv.place(row, manager));
            }
        }
        managers.forEach((id, boss) -> {
            String managerId = managerOf(merge, people, boss);
            if (managerId == null) {
                merge.note(managerPlaces.get(id), "manager '" + boss + "' of " + id + " is nobody in the snapshot or the"
                        + " export (by e-mail, employee number or name); x-managerId is left as it is");
            } else {
                merge.find("people", id).ifPresent(p -> p.put("x-managerId", managerId));
            }
        });
        List<String> absent = new ArrayList<>();
        for (JsonNode person : merge.snapshot.path("people")) {
            String id = person.path("id").asString("");
            if (!rowOf.containsKey(id) && !person.hasNonNull("leftOn")) {
                absent.add(id);
            }
        }
        if (!absent.isEmpty()) {
            merge.note(merge.name, absent.size() + " people of the snapshot who have not left are not in the HR export,"
                    + " kept as they are: " + String.join(", ", absent));
        }
    }

    private static String managerOf(SnapshotMerge merge, People people, String boss) {
        String byEmail = people.byEmail(boss);
        if (byEmail != null) {
            return byEmail;
        }
        for (JsonNode person : merge.snapshot.path("people")) {
            if (boss.equals(person.path("x-employeeNumber").asString(null))) {
                return person.path("id").asString(null);
            }
        }
        List<String> named = people.byName(boss);
        return named.size() == 1 ? named.get(0) : null;
    }

    private static DateTimeFormatter dateFormat(ColumnMapping mapping) throws ExportException {
        String pattern = mapping.get("dateFormat");
        if (pattern == null) {
            return DateTimeFormatter.ISO_LOCAL_DATE;
        }
        try {
            // 'y' read as the year of the era would need an era: the proleptic year 'u' is what HR files mean.
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new ExportException(mapping.file(), "dateFormat '" + pattern + "' is not a date pattern (e.g. dd.MM.yyyy"
                    + " or MM/dd/yyyy): " + e.getMessage());
        }
    }

    private static LocalDate date(SnapshotMerge merge, ExportCsv csv, ExportCsv.Row row, int column,
            DateTimeFormatter format, String pattern) {
        String text = ExportCsv.cell(row, column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            merge.error(csv.place(row, column), "'" + text + "' is not a date in the mapping's dateFormat " + pattern);
            return null;
        }
    }

    private static String join(String first, String last) {
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        return first + " " + last;
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
