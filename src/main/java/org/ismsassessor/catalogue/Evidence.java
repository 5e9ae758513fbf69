package org.ismsassessor.catalogue;

/**
 * What evidences one Annex A control's operation (annex-a.json {@code evidence}, docs/catalogue.md): the basis of
 * its judgement and, for evidence, where the evidence is found. {@code by} is {@code check} (a data check on facts
 * such as accounts or backups judges it), {@code document} (the control is itself a documentation requirement: an
 * issued document of {@code documentType} naming it) or {@code record} (a dated activity of kind {@code record}
 * naming it, within {@code interval}, a topic of config/intervals.json, or else {@code months}). A declaration
 * basis carries {@code why} a snapshot cannot hold evidence for it.
 */
public record Evidence(String basis, String by, String documentType, String record, String interval, Integer months,
        String why) {

    public static final String EVIDENCE = "evidence";
    public static final String DECLARATION = "declaration";

    public boolean declarationOnly() {
        return DECLARATION.equals(basis);
    }

    public boolean byRecord() {
        return "record".equals(by);
    }

    public boolean byDocument() {
        return "document".equals(by);
    }
}
