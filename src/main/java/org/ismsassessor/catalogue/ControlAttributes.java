package org.ismsassessor.catalogue;

import java.util.List;
import java.util.Set;

/**
 * The attributes ISO/IEC 27002:2022 gives a control, by which users filter the catalogue (annex-a.json
 * {@code attributes}; editions before 2022 have none). Values are lower-case, kebab-case forms of the standard's
 * hashtags ({@code #Threat_and_vulnerability_management} is {@code threat-and-vulnerability-management}).
 */
public record ControlAttributes(
        List<String> controlTypes,
        List<String> securityProperties,
        List<String> cybersecurityConcepts,
        List<String> operationalCapabilities,
        List<String> securityDomains) {

    public static final Set<String> CONTROL_TYPES = Set.of("preventive", "detective", "corrective");
    public static final Set<String> SECURITY_PROPERTIES = Set.of("confidentiality", "integrity", "availability");
    public static final Set<String> CYBERSECURITY_CONCEPTS = Set.of("identify", "protect", "detect", "respond", "recover");
    public static final Set<String> OPERATIONAL_CAPABILITIES = Set.of("governance", "asset-management",
            "information-protection", "human-resource-security", "physical-security", "system-and-network-security",
            "application-security", "secure-configuration", "identity-and-access-management",
            "threat-and-vulnerability-management", "continuity", "supplier-relationships-security",
            "legal-and-compliance", "information-security-event-management", "information-security-assurance");
    public static final Set<String> SECURITY_DOMAINS = Set.of("governance-and-ecosystem", "protection", "defence",
            "resilience");

    public ControlAttributes {
        controlTypes = checked("controlTypes", controlTypes, CONTROL_TYPES);
        securityProperties = checked("securityProperties", securityProperties, SECURITY_PROPERTIES);
        cybersecurityConcepts = checked("cybersecurityConcepts", cybersecurityConcepts, CYBERSECURITY_CONCEPTS);
        operationalCapabilities = checked("operationalCapabilities", operationalCapabilities, OPERATIONAL_CAPABILITIES);
        securityDomains = checked("securityDomains", securityDomains, SECURITY_DOMAINS);
    }

    // The catalogue is this project's own data: a value outside the standard's lists is a build error, not input.
    private static List<String> checked(String name, List<String> values, Set<String> allowed) {
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException("attributes." + name + " is empty in annex-a.json; every 2022 control has "
                    + "at least one value");
        }
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw new IllegalStateException("attributes." + name + " has '" + value + "' in annex-a.json; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
        return List.copyOf(values);
    }
}
