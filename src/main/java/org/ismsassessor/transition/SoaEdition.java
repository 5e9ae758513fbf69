package org.ismsassessor.transition;

/** The edition a Statement of Applicability to move to 2022 is written in: a 2005 snapshot, or a 2013 SoA. */
public enum SoaEdition {
    ISO27001_2005("iso27001-2005", "ISO/IEC 27001:2005"),
    ISO27001_2013("iso27001-2013", "ISO/IEC 27001:2013");

    private final String id;
    private final String title;

    SoaEdition(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
