package org.ismsassessor.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Snapshots that are all different: a bundled sample with its organization id and its name rewritten, the rest
 * of its bytes unchanged.
 */
final class Snapshots {
    /** The sprout-startup sample, 6 KB: quick to assess. */
    static final Snapshots SMALL = new Snapshots("sprout-startup.json", "ORG-SPROUT",
            "Sprout Labs - first look at information security");
    /** The brightpath-software sample, 185 KB: a second or so to assess. */
    static final Snapshots MEDIUM = new Snapshots("brightpath-software.json", "ORG-BP",
            "BrightPath Software Ltd - ISMS readiness snapshot before the first certification audit");

    private final String template;
    private final String id;
    private final String name;

    private Snapshots(String sample, String id, String name) {
        try {
            this.template = Files.readString(Path.of("samples", sample), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.id = "\"id\": \"" + id + "\"";
        this.name = "\"name\": \"" + name + "\"";
        if (count(template, this.id) != 1 || count(template, this.name) != 1) {
            throw new IllegalStateException("samples/" + sample + " no longer has one organization id " + id
                    + " and one name to rewrite");
        }
    }

    /** The small sample as organization {@code id} under the snapshot name {@code name}. */
    static byte[] of(String id, String name) {
        return SMALL.with(id, name);
    }

    /** This sample as organization {@code id} (letters, digits, - and _) under the snapshot name {@code name}. */
    byte[] with(String newId, String newName) {
        if (!newId.matches("[A-Za-z0-9_-]+") || !newName.matches("[A-Za-z0-9 _#.:-]+")) {
            throw new IllegalArgumentException("keep ids and names to plain characters: " + newId + ", " + newName);
        }
        return template.replace(id, "\"id\": \"" + newId + "\"").replace(name, "\"name\": \"" + newName + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
