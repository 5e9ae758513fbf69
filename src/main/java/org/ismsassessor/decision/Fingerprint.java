package org.ismsassessor.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ismsassessor.finding.Finding;
import org.ismsassessor.finding.Subject;

/**
 * The facts a finding names, as one value: its requirement, its rule, and each fact that shows it (entity id, field
 * and JSON path), sorted; for one item of a grouped finding, only that item's facts. A decision stores it and applies
 * while a later result gives the same value. A finding holds no fact values, only where they are: a decision therefore
 * lapses when the facts named change (a subject added or gone, a fact moved), not when a value changes while the rule
 * still raises the finding about the same fact. The wording of titles and explanations is left out on purpose, so
 * rewording a report keeps the decisions.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** @param subject the item's subject, or null for the whole finding */
    public static String of(Finding finding, String subject) {
        List<String> facts = finding.subjects().stream()
                .filter(s -> subject == null || subject.equals(s.id()))
                .map(Fingerprint::fact).sorted().toList();
        StringBuilder text = new StringBuilder(finding.requirement()).append('\n').append(finding.rule()).append('\n');
        facts.forEach(f -> text.append(f).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String fact(Subject s) {
        return s.id() + "\t" + (s.field() == null ? "" : s.field()) + "\t" + (s.path() == null ? "" : s.path());
    }
}
