package org.ismsassessor.transition;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.catalogue.Requirement;

/**
 * The edition mappings under {@code catalogue/mappings/}, read and checked: 2005 to 2013 and 2013 to 2022, with the
 * ids of each edition. A row naming an unknown id, kind or level, or an edition's control or clause that no row names,
 * stops the load with the file, line and what was expected.
 */
public final class Mappings {
    static final String FOLDER = "/catalogue/mappings/";
    static final String FILE_2005_TO_2013 = "iso27001-2005_to_iso27001-2013.csv";
    static final String FILE_2013_TO_2022 = "iso27001-2013_to_iso27001-2022.csv";
    private static final List<String> HEADER = List.of("level", "from", "to", "kind", "note");

    private final EditionIds iso2005;
    private final EditionIds iso2013;
    private final EditionIds iso2022;
    private final Mapping from2005;
    private final Mapping from2013;

    private Mappings(EditionIds iso2005, EditionIds iso2013, EditionIds iso2022, Mapping from2005, Mapping from2013) {
        this.iso2005 = iso2005;
        this.iso2013 = iso2013;
        this.iso2022 = iso2022;
        this.from2005 = from2005;
        this.from2013 = from2013;
    }

    /** The shipped mappings, read once. */
    public static Mappings load() {
        return Shipped.MAPPINGS;
    }

    private static final class Shipped {
        static final Mappings MAPPINGS = shipped();

        private static Mappings shipped() {
            EditionIds iso2005 = ids2005();
            EditionIds iso2013 = ids("iso27001-2013", "ISO/IEC 27001:2013", "iso27001-2013-controls.csv", "domain",
                    "iso27001-2013-clauses.csv");
            EditionIds iso2022 = ids("iso27001-2022", "ISO/IEC 27001:2022", "iso27001-2022-controls.csv", "theme",
                    "iso27001-2022-clauses.csv");
            return new Mappings(iso2005, iso2013, iso2022,
                    Mappings.read(FILE_2005_TO_2013, resource(FILE_2005_TO_2013), iso2005, iso2013),
                    Mappings.read(FILE_2013_TO_2022, resource(FILE_2013_TO_2022), iso2013, iso2022));
        }
    }

    public EditionIds iso2005() {
        return iso2005;
    }

    public EditionIds iso2013() {
        return iso2013;
    }

    public EditionIds iso2022() {
        return iso2022;
    }

    /** 2005 to 2013. */
    public Mapping from2005() {
        return from2005;
    }

    /** 2013 to 2022 (ISO/IEC 27002:2022 Annex B). */
    public Mapping from2013() {
        return from2013;
    }

    /** The ids of the 2005 edition, from its catalogue: controls with their domain, the clauses its requirements name. */
    private static EditionIds ids2005() {
        Catalogue catalogue = Catalogue.load(Edition.ISO27001_2005);
        Map<String, String> controls = new LinkedHashMap<>();
        Map<String, String> domains = new LinkedHashMap<>();
        catalogue.controls().forEach(c -> {
            controls.put(c.id(), c.title());
            domains.put(c.id(), c.domain());
        });
        Map<String, String> clauses = new LinkedHashMap<>();
        catalogue.requirements().stream().map(Requirement::clause).distinct()
                .forEach(c -> clauses.put(c, catalogue.groupTitle(c)));
        return new EditionIds(Edition.ISO27001_2005.id(), Edition.ISO27001_2005.title(), controls, domains, clauses);
    }

    private static EditionIds ids(String edition, String title, String controlsFile, String groupColumn, String clausesFile) {
        Map<String, String> controls = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (CSVRecord r : records(controlsFile, resource(controlsFile))) {
            controls.put(r.get("id"), r.get("title"));
            groups.put(r.get("id"), r.get(groupColumn));
        }
        Map<String, String> clauses = new LinkedHashMap<>();
        records(clausesFile, resource(clausesFile)).forEach(r -> clauses.put(r.get("id"), r.get("title")));
        return new EditionIds(edition, title, controls, groups, clauses);
    }

    private static List<CSVRecord> records(String file, String content) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content))) {
            return parser.getRecords();
        } catch (IOException | RuntimeException e) {
            throw new MappingException(file + ": cannot be read as CSV: " + e.getMessage());
        }
    }

    static String resource(String file) {
        try (InputStream in = Mappings.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new MappingException(FOLDER + file + ": missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks one mapping file.
     *
     * @throws MappingException naming the file and line of the first broken row, or the ids no row names
     */
    public static Mapping read(String file, String content, EditionIds older, EditionIds newer) {
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || !List.of(lines.get(0).split(",", -1)).equals(HEADER)) {
            throw new MappingException(file + ":1: expected the header " + String.join(",", HEADER));
        }
        List<MappingRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT;
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> fields;
            try (CSVParser parser = format.parse(new StringReader(text))) {
                fields = parser.getRecords().get(0).toList();
            } catch (IOException | RuntimeException e) {
                throw new MappingException(file + ":" + line + ": not a CSV row (" + e.getMessage() + ")");
            }
            MappingRow row = row(file, line, fields, older, newer);
            if (!row.isNew() && !seen.add(row.level() + " " + row.from())) {
                throw new MappingException(file + ":" + line + ": " + row.from() + " has a row already; expected one row per "
                        + row.level().name().toLowerCase() + " (list several targets in 'to', separated by ';')");
            }
            rows.add(row);
        }
        complete(file, rows, older, newer);
        return new Mapping(older, newer, rows);
    }

    private static MappingRow row(String file, int line, List<String> fields, EditionIds older, EditionIds newer) {
        String where = file + ":" + line + ": ";
        if (fields.size() != HEADER.size()) {
            throw new MappingException(where + "expected " + HEADER.size() + " fields (" + String.join(",", HEADER)
                    + "), found " + fields.size());
        }
        MappingRow.Level level = switch (fields.get(0)) {
            case "control" -> MappingRow.Level.CONTROL;
            case "clause" -> MappingRow.Level.CLAUSE;
            default -> throw new MappingException(where + "level '" + fields.get(0) + "': expected control or clause");
        };
        boolean control = level == MappingRow.Level.CONTROL;
        MappingKind kind = MappingKind.of(fields.get(3)).orElseThrow(() -> new MappingException(where + "kind '"
                + fields.get(3) + "': expected one of " + MappingKind.words()));
        String from = fields.get(1).trim();
        List<String> to = fields.get(2).isBlank() ? List.of()
                : java.util.Arrays.stream(fields.get(2).split(";")).map(String::trim).toList();
        String note = fields.get(4).trim();
        Map<String, String> olderIds = control ? older.controls() : older.clauses();
        Map<String, String> newerIds = control ? newer.controls() : newer.clauses();
        String what = control ? "control" : "clause";
        if (kind == MappingKind.NEW ? !from.isEmpty() : !olderIds.containsKey(from)) {
            throw new MappingException(where + "from '" + from + "': expected " + (kind == MappingKind.NEW
                    ? "nothing for a new " + what
                    : "a " + what + " of " + older.title() + (control ? " (" + older.controlRange() + ")" : "")));
        }
        if (kind == MappingKind.REMOVED && !to.isEmpty()) {
            throw new MappingException(where + "to '" + fields.get(2) + "': expected nothing for a removed " + what);
        }
        if (kind != MappingKind.REMOVED && to.isEmpty()) {
            throw new MappingException(where + "to is empty: expected the " + newer.title() + " " + what + "(s) it maps to");
        }
        for (String id : to) {
            if (!newerIds.containsKey(id)) {
                throw new MappingException(where + "to '" + id + "': expected a " + what + " of " + newer.title()
                        + (control ? " (" + newer.controlRange() + ")" : ""));
            }
        }
        if (kind == MappingKind.SPLIT ? to.size() < 2 : kind != MappingKind.REMOVED && to.size() != 1) {
            throw new MappingException(where + "kind " + kind.word() + " with " + to.size() + " target(s): expected "
                    + (kind == MappingKind.SPLIT ? "two or more" : "exactly one (or kind split)"));
        }
        if (note.isEmpty()) {
            throw new MappingException(where + "note is empty: expected why, in a sentence");
        }
        return new MappingRow(file, line, level, from, to, kind, note);
    }

    /** Every id of both editions is named at least once: an older one as a from, a newer one as a target. */
    private static void complete(String file, List<MappingRow> rows, EditionIds older, EditionIds newer) {
        for (MappingRow.Level level : MappingRow.Level.values()) {
            boolean control = level == MappingRow.Level.CONTROL;
            Set<String> froms = new HashSet<>();
            Set<String> targets = new HashSet<>();
            rows.stream().filter(r -> r.level() == level).forEach(r -> {
                froms.add(r.from());
                targets.addAll(r.to());
            });
            String what = control ? "control" : "clause";
            Optional<String> unmapped = (control ? older.controls() : older.clauses()).keySet().stream()
                    .filter(id -> !froms.contains(id)).findFirst();
            if (unmapped.isPresent()) {
                throw new MappingException(file + ": " + older.title() + " " + what + " " + unmapped.get()
                        + " is in no row's from: expected every " + what + " of the edition at least once");
            }
            Optional<String> unreached = (control ? newer.controls() : newer.clauses()).keySet().stream()
                    .filter(id -> !targets.contains(id)).findFirst();
            if (unreached.isPresent()) {
                throw new MappingException(file + ": " + newer.title() + " " + what + " " + unreached.get()
                        + " is in no row's to: expected every " + what + " of the edition at least once (kind new when"
                        + " nothing maps to it)");
            }
        }
    }
}
