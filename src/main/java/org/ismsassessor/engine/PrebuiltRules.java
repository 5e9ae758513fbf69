package org.ismsassessor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.ismsassessor.catalogue.Edition;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The built-in rules compiled at build time to the Drools executable model: Java classes in the jar, so that
 * starting the assessor does not compile 500 DRL rules. The build runs {@link #main} after compiling the
 * project's classes ({@code process-classes}); it writes, per edition, the generated classes and, under
 * {@code META-INF/kie/org.ismsassessor/rules-<edition>/}, Drools' list of model classes ({@code drools-model})
 * and an index of our own ({@value #INDEX}): the fingerprint of the DRL texts compiled and the file of each rule.
 * <p>
 * At run time {@link #load} uses the prebuilt rules only when that fingerprint is the one of the DRL files on the
 * classpath, so a prebuilt model never stands in for rules it was not built from; otherwise the rules are compiled
 * from DRL as before. The system property {@value #PROPERTY}{@code =false} forces that run-time compilation.
 */
public final class PrebuiltRules {
    /** {@code -Disms.rules.prebuilt=false}: ignore the prebuilt rules and compile the DRL at start. */
    public static final String PROPERTY = "isms.rules.prebuilt";

    static final String INDEX = "isms-rules.tsv";
    private static final String FINGERPRINT = "# fingerprint ";
    private static final String MODEL_FILE = "drools-model";
    private static final String MODEL_VERSION = "Drools-Model-Version:";
    private static final String GROUP = "org.ismsassessor";
    private static final String VERSION = "1.0.0";

    /** The prebuilt rule base of an edition and the DRL file of each of its rules. */
    record Loaded(KieBase kieBase, Map<String, String> fileByRule) {
        String fileOf(String packageName, String ruleName) {
            return fileByRule.getOrDefault(key(packageName, ruleName), "");
        }
    }

    private PrebuiltRules() {
    }

    /** The prebuilt rules of an edition, if the build made them from exactly these DRL texts. */
    static Optional<Loaded> load(Edition edition, String fingerprint) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return Optional.empty();
        }
        ClassLoader loader = PrebuiltRules.class.getClassLoader();
        List<String> index = lines(loader, folder(edition) + INDEX);
        if (index == null || index.isEmpty() || !index.get(0).equals(FINGERPRINT + fingerprint)) {
            return Optional.empty();
        }
        List<String> modelFile = lines(loader, folder(edition) + MODEL_FILE);
        if (modelFile == null) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String line : modelFile) {
            if (!line.isBlank() && !line.startsWith(MODEL_VERSION)) {
                models.add(instantiate(loader, line.strip()));
            }
        }
        Map<String, String> fileByRule = new HashMap<>();
        for (String line : index.subList(1, index.size())) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                fileByRule.put(key(parts[1], parts[2]), parts[0]);
            }
        }
        return Optional.of(new Loaded(KieBaseBuilder.createKieBaseFromModel(models), Map.copyOf(fileByRule)));
    }

    /**
     * Build-time step: compiles the built-in rules of every edition that has a rule pack, as found on the classpath,
     * to the executable model and writes the classes and index into the given classes folder (normally
     * {@code target/classes}).
     * Skips an edition whose prebuilt rules are of the same DRL texts and newer than every other class there:
     * the generated classes depend on the fact classes as well as on the DRL.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PrebuiltRules <classes folder>");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        boolean failed = false;
        for (Edition edition : Edition.values()) {
            if (!RuleBase.hasRulePack(edition)) {
                // An edition whose catalogue ships before its rules: nothing to compile, and nothing to assess with.
                System.out.println("No rule pack for " + edition.id() + " on the classpath: nothing to prebuild");
                continue;
            }
            long start = System.nanoTime();
            List<RuleSource> sources = RuleBase.builtInSources(edition);
            String fingerprint = RuleBase.fingerprint(sources);
            if (upToDate(out, edition, fingerprint)) {
                System.out.println("Prebuilt rules of " + edition.id() + " are up to date (" + fingerprint + ")");
                continue;
            }
            List<String> problems = compile(edition, sources, fingerprint, out);
            if (problems.isEmpty()) {
                System.out.printf("Prebuilt rules of %s (%s): %d files compiled to the executable model in %.1f s%n",
                        edition.id(), fingerprint, sources.size(), (System.nanoTime() - start) / 1e9);
            } else {
                problems.forEach(System.err::println);
                failed = true;
            }
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static List<String> compile(Edition edition, List<RuleSource> sources, String fingerprint, Path out)
            throws IOException {
        KieServices kieServices = KieServices.Factory.get();
        KieFileSystem files = kieServices.newKieFileSystem();
        List<String> index = new ArrayList<>();
        index.add(FINGERPRINT + fingerprint);
        for (RuleSource source : sources) {
            files.write("src/main/resources/" + source.name(), source.text());
            index.addAll(ruleLines(source));
        }
        ReleaseId releaseId = kieServices.newReleaseId(GROUP, artifact(edition), VERSION);
        files.generateAndWritePomXML(releaseId);
        KieBuilder builder = kieServices.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<String> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(message.getPath() + ":" + message.getLine() + ": " + message.getText().strip());
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Path folder = out.resolve(folder(edition));
        removePrevious(out, folder);
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> written = new ArrayList<>();
        for (String name : module.getFileNames()) {
            // The classes of the model and Drools' list of them; not the DRL (already in the jar), the kjar's pom,
            // or the ProjectModel class that only a KieContainer reads.
            boolean wanted = name.endsWith(".class") ? !name.startsWith("org/drools/project/")
                    : name.equals(folder(edition) + MODEL_FILE);
            byte[] bytes = module.getBytes(name);
            if (wanted && bytes != null) {
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                written.add(name);
            }
        }
        Files.createDirectories(folder);
        Files.write(folder.resolve("written-files"), written, StandardCharsets.UTF_8);
        // The index last: it is what makes the prebuilt rules count.
        Files.write(folder.resolve(INDEX), index, StandardCharsets.UTF_8);
        return List.of();
    }

    private static boolean upToDate(Path out, Edition edition, String fingerprint) throws IOException {
        Path folder = out.resolve(folder(edition));
        Path index = folder.resolve(INDEX);
        Path list = folder.resolve("written-files");
        if (!Files.exists(index) || !Files.exists(list)
                || !Files.readAllLines(index).stream().findFirst().orElse("").equals(FINGERPRINT + fingerprint)) {
            return false;
        }
        Set<Path> written = new HashSet<>();
        for (String name : Files.readAllLines(list)) {
            Path file = out.resolve(name);
            if (!Files.exists(file)) {
                return false;
            }
            written.add(file);
        }
        FileTime built = Files.getLastModifiedTime(index);
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".class") && !written.contains(f))
                    .noneMatch(f -> modified(f).compareTo(built) > 0);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the files an earlier build wrote, so no class of an older model lingers in the jar. */
    private static void removePrevious(Path out, Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(INDEX));
        Path list = folder.resolve("written-files");
        if (Files.exists(list)) {
            for (String name : Files.readAllLines(list)) {
                Files.deleteIfExists(out.resolve(name));
            }
            Files.delete(list);
        }
    }

    /** "file TAB package TAB rule" for every rule of a DRL file. */
    private static List<String> ruleLines(RuleSource source) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr drl = parser.parse(false, source.text());
            if (parser.hasErrors() || drl == null) {
                throw new IllegalStateException(source.name() + ": " + parser.getErrors());
            }
            List<String> lines = new ArrayList<>();
            for (RuleDescr rule : drl.getRules()) {
                lines.add(source.name() + "\t" + drl.getName() + "\t" + rule.getName());
            }
            return lines;
        } catch (DroolsParserException e) {
            throw new IllegalStateException(source.name() + ": " + e.getMessage(), e);
        }
    }

    private static Model instantiate(ClassLoader loader, String className) {
        try {
            return (Model) loader.loadClass(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the prebuilt rule model " + className, e);
        }
    }

    private static List<String> lines(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String packageName, String ruleName) {
        return packageName + "\t" + ruleName;
    }

    private static String artifact(Edition edition) {
        return "rules-" + edition.id();
    }

    private static String folder(Edition edition) {
        return "META-INF/kie/" + GROUP + "/" + artifact(edition) + "/";
    }
}
