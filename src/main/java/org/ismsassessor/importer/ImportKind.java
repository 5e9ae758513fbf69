package org.ismsassessor.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an imported file is: the ISMS workbook or section CSV files (the default), or one of the exports read. */
public enum ImportKind {
    WORKBOOK("workbook"),
    ENTRA_USERS("entra-users"),
    GOOGLE_USERS("google-users"),
    OKTA_USERS("okta-users"),
    HR_CSV("hr-csv"),
    TRIVY("trivy"),
    GRYPE("grype"),
    SCANNER_CSV("scanner-csv");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String option;

    ImportKind(String option) {
        this.option = option;
    }

    /** The name given to {@code --kind}. */
    public String option() {
        return option;
    }

    public boolean isAccounts() {
        return this == ENTRA_USERS || this == GOOGLE_USERS || this == OKTA_USERS;
    }

    public boolean isVulnerabilities() {
        return this == TRIVY || this == GRYPE || this == SCANNER_CSV;
    }

    /** The kind named so on the command line, if any. */
    public static Optional<ImportKind> of(String option) {
        return Arrays.stream(values()).filter(k -> k.option.equalsIgnoreCase(option.strip())).findFirst();
    }

    public static List<String> options() {
        return Arrays.stream(values()).map(ImportKind::option).toList();
    }

    /**
     * The export a file's content shows, when it shows one unambiguously: a Trivy or Grype JSON report by its
     * top-level fields, an identity provider's or scanner's CSV by the columns of its header. An HR export has no
     * columns of its own, so it is never detected; anything else is left to the workbook import.
     */
    public static Optional<ImportKind> detect(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (start.startsWith("{")) {
            try {
                JsonNode tree = JSON.readTree(start);
                if (tree.isObject() && tree.has("SchemaVersion") && (tree.has("Results") || tree.has("ArtifactName"))) {
                    return Optional.of(TRIVY);
                }
                if (tree.isObject() && tree.path("matches").isArray() && (tree.has("descriptor") || tree.has("source"))) {
                    return Optional.of(GRYPE);
                }
            } catch (JacksonException notJson) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        ExportCsvHeader header = new ExportCsvHeader(ExportCsv.headerOf(start));
        if (header.has("userPrincipalName") && header.has("accountEnabled")) {
            return Optional.of(ENTRA_USERS);
        }
        if (header.has(GoogleUsers.EMAIL) && header.has(GoogleUsers.STATUS)) {
            return Optional.of(GOOGLE_USERS);
        }
        if (header.has("Login") && header.has("Status") && header.has("Last Login")) {
            return Optional.of(OKTA_USERS);
        }
        if (ScannerMapping.preset(header.names()).isPresent()) {
            return Optional.of(SCANNER_CSV);
        }
        return Optional.empty();
    }

    /** The column names of a CSV header, compared regardless of case. */
    private record ExportCsvHeader(List<String> names) {
        boolean has(String name) {
            return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        }
    }
}
