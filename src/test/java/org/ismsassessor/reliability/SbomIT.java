package org.ismsassessor.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CycloneDX SBOM that package writes beside the jar (target/isms-assessor-sbom.json) lists exactly the
 * libraries the jar ships, each with its version and the SHA-256 of the very file inside the jar.
 */
class SbomIT {
    private static final Path SBOM = Path.of("target", "isms-assessor-sbom.json");
    private static final String LIB = "BOOT-INF/lib/";
    /** Added to the jar by Spring Boot's repackaging (jar mode tools, e.g. extract), not a dependency. */
    private static final String BOOT_TOOLS = "spring-boot-jarmode-tools";

    @Test
    void theSbomListsEveryLibraryOfTheJarWithItsVersionAndHash() throws IOException {
        ServerProcess.assumeJar();
        // The plugin does not run in an offline build: any SBOM there is an earlier build's (CI builds online).
        assumeFalse("offline=true".equals(System.getProperty("sbom.maven-mode")),
                "offline build (-o): cyclonedx-maven-plugin skipped");
        assertThat(SBOM).as("made by package (cyclonedx-maven-plugin) beside the jar").isRegularFile();
        assertThat(Files.getLastModifiedTime(SBOM).toMillis()).as("the SBOM of this jar, not of an earlier build")
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(ServerProcess.JAR).toMillis() - 120_000);
        JsonNode sbom = Http.JSON.readTree(SBOM.toFile());

        assertThat(sbom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(sbom.path("specVersion").asString()).isEqualTo("1.6");
        JsonNode application = sbom.path("metadata").path("component");
        assertThat(List.of(application.path("type").asString(), application.path("group").asString(),
                application.path("name").asString(), application.path("version").asString()))
                .containsExactly("application", "org.ismsassessor", "isms-assessor",
                        System.getProperty("sbom.project-version"));

        Map<String, JsonNode> listed = new TreeMap<>();
        for (JsonNode component : sbom.path("components")) {
            listed.put(fileName(component), component);
        }
        Map<String, String> shipped = librariesOfTheJar();

        // The libraries people ask about first, with their versions, named as the jar's files.
        assertThat(component(sbom, "org.drools", "drools-core").path("purl").asString())
                .matches("pkg:maven/org\\.drools/drools-core@[0-9][^?]*\\?type=jar");
        assertThat(component(sbom, "tools.jackson.core", "jackson-databind").path("version").asString()).matches("3\\..+");
        for (String[] library : new String[][] {{"org.drools", "drools-core"}, {"tools.jackson.core", "jackson-databind"},
                {"com.fasterxml.jackson.core", "jackson-annotations"}}) {
            JsonNode component = component(sbom, library[0], library[1]);
            assertThat(component.path("version").asString()).as(library[1]).isNotBlank();
            assertThat(shipped).containsKey(fileName(component));
        }

        // Every library of the jar is listed, with the hash of that very file.
        List<String> unlisted = new ArrayList<>();
        List<String> otherHash = new ArrayList<>();
        shipped.forEach((file, sha256) -> {
            JsonNode component = listed.get(file);
            if (component == null) {
                unlisted.add(file);
            } else if (!sha256.equals(sha256(component))) {
                otherHash.add(file + ": jar " + sha256 + ", SBOM " + sha256(component));
            }
        });
        assertThat(unlisted).as("in the jar, not in the SBOM").isEmpty();
        assertThat(otherHash).as("another file in the jar than the SBOM describes").isEmpty();

        // Every component listed is in the jar, but Spring Boot's starters: POM-like jars without code, which the
        // repackaging leaves out. Nothing of the test scope (JUnit, Jazzer, Selenium) is listed.
        List<String> notShipped = listed.keySet().stream().filter(f -> !shipped.containsKey(f)).toList();
        assertThat(notShipped).allMatch(f -> f.startsWith("spring-boot-starter"), "Spring Boot starters");
        assertThat(listed.keySet()).noneMatch(f -> f.startsWith("junit-") || f.startsWith("jazzer")
                || f.startsWith("selenium-") || f.startsWith("archunit"));
        for (JsonNode component : listed.values()) {
            assertThat(component.path("scope").asString()).as(fileName(component)).isEqualTo("required");
        }
    }

    private static JsonNode component(JsonNode sbom, String group, String name) {
        for (JsonNode component : sbom.path("components")) {
            if (component.path("group").asString().equals(group) && component.path("name").asString().equals(name)) {
                return component;
            }
        }
        throw new AssertionError(group + ":" + name + " is not in the SBOM");
    }

    /** The component's file name as Maven and the jar name it: artifact-version[-classifier].jar. */
    private static String fileName(JsonNode component) {
        String purl = component.path("purl").asString();
        int classifier = purl.indexOf("classifier=");
        String suffix = classifier < 0 ? "" : "-" + purl.substring(classifier + "classifier=".length()).split("&")[0];
        return component.path("name").asString() + "-" + component.path("version").asString() + suffix + ".jar";
    }

    private static String sha256(JsonNode component) {
        for (JsonNode hash : component.path("hashes")) {
            if (hash.path("alg").asString().equals("SHA-256")) {
                return hash.path("content").asString();
            }
        }
        return "none";
    }

    /** The jar's libraries (BOOT-INF/lib) by file name, with the SHA-256 of each. */
    private static Map<String, String> librariesOfTheJar() throws IOException {
        Map<String, String> libraries = new TreeMap<>();
        try (ZipFile jar = new ZipFile(ServerProcess.JAR.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!name.startsWith(LIB) || !name.endsWith(".jar") || name.substring(LIB.length()).startsWith(BOOT_TOOLS)) {
                    continue;
                }
                try (InputStream in = new DigestInputStream(jar.getInputStream(entry), sha256())) {
                    MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                    libraries.put(name.substring(LIB.length()), HexFormat.of().formatHex(digest.digest()));
                }
            }
        }
        assertThat(libraries).as("libraries in " + ServerProcess.JAR).hasSizeGreaterThan(100);
        return libraries;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
