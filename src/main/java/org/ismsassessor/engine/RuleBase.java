package org.ismsassessor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.ismsassessor.finding.FindingKind;
import org.ismsassessor.grading.GradingRow;
import org.ismsassessor.grading.GradingTable;
import org.ismsassessor.catalogue.Catalogue;
import org.ismsassessor.catalogue.Edition;
import org.ismsassessor.concurrent.Futures;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rules of one edition, built once and shared by every assessment. Built-in rules come from
 * {@code rules/<edition>/} on the classpath; a user's own folder may add more. Refuses to build on any DRL
 * error, and on any rule that names no requirement or one the catalogue does not know. A rule may instead
 * declare {@code @control("each")} (it checks every Annex A control, see {@link Findings}) or {@code @derived}.
 * <p>
 * The built-in rules are compiled at build time to the executable model ({@link PrebuiltRules}) and only loaded
 * here; a user's folder is compiled from DRL at run time, together with the built-in rules.
 */
public final class RuleBase {
    /** Metadata marking a rule that derives facts for other rules instead of checking a requirement. */
    public static final String DERIVED = "derived";

    /** Metadata of a user rule declaring the base grade of its findings (built-in rules are graded by the table). */
    public static final String GRADE = "grade";
    /**
     * The least salience of a derivation rule. Derived facts must be complete before a check that counts them
     * or tests for their absence fires; otherwise the check fires early, then again as facts arrive.
     */
    public static final int DERIVATION_SALIENCE = 100;

    /** What Drools adds after any syntax error of a file. */
    private static final String NO_PACKAGE = "Parser returned a null Package";

    private static final Map<Edition, RuleBase> BUILT_IN = new ConcurrentHashMap<>();
    private static final Map<Edition, Future<Prepared>> PRELOADING = new ConcurrentHashMap<>();

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final String version;
    private final boolean prebuilt;
    private final GradingTable grading;
    private final ShapeTables shapes;

    private RuleBase(KieBase kieBase, List<RuleInfo> rules, String version, boolean prebuilt, GradingTable grading,
            ShapeTables shapes) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.version = version;
        this.prebuilt = prebuilt;
        this.grading = grading;
        this.shapes = shapes;
    }

    /** The tables of the data-driven rules ({@code @shape}); their rows are facts of every session. */
    public ShapeTables shapes() {
        return shapes;
    }

    /** The grading table the findings of these rules are graded by: the edition's, plus user rules' {@code @grade}. */
    public GradingTable grading() {
        return grading;
    }

    /**
     * The built-in rules of an edition, loaded on first use and then shared: the ones the build compiled when
     * they match the DRL files on the classpath, else compiled from those files now.
     */
    public static RuleBase builtIn(Catalogue catalogue) {
        requireRulePack(catalogue.edition());
        return BUILT_IN.computeIfAbsent(catalogue.edition(), e -> {
            Future<Prepared> preloading = PRELOADING.remove(e);
            Prepared prepared = preloading == null ? prepare(e) : Futures.join(preloading, "loading the rules");
            return prepared.prebuilt()
                    .map(loaded -> checked(catalogue, loaded.kieBase(),
                            rule -> loaded.fileOf(rule.getPackageName(), rule.getName()), prepared.version(), true))
                    .orElseGet(() -> build(catalogue, prepared.sources(), List.of()));
        });
    }

    /**
     * Starts loading the prebuilt rules of an edition on a background thread, so that a command can read its
     * catalogue and snapshot meanwhile; {@link #builtIn} then takes them over. Does nothing once started or loaded.
     */
    public static void preload(Edition edition) {
        if (BUILT_IN.containsKey(edition) || !hasRulePack(edition)) {
            return;
        }
        PRELOADING.computeIfAbsent(edition, e -> {
            FutureTask<Prepared> task = new FutureTask<>(() -> prepare(e));
            Thread thread = new Thread(task, "preload-rules-" + e.id());
            thread.setDaemon(true);
            thread.start();
            return task;
        });
    }

    /** The DRL texts of an edition, their fingerprint and the prebuilt rules made from them, if any. */
    private record Prepared(List<RuleSource> sources, String version, Optional<PrebuiltRules.Loaded> prebuilt) {
    }

    private static Prepared prepare(Edition edition) {
        List<RuleSource> sources = builtInSources(edition);
        String version = fingerprint(sources);
        return new Prepared(sources, version, PrebuiltRules.load(edition, version));
    }

    /**
     * Whether this version ships the rule pack of an edition: its folder {@code rules/<edition>/} is on the
     * classpath. An edition's catalogue can ship before its rules (2022 did); until they exist the edition can be
     * listed, but nothing can be assessed against it. Only the folder is looked up, so asking costs nothing at start.
     */
    public static boolean hasRulePack(Edition edition) {
        try {
            return RuleBase.class.getClassLoader().getResources(folder(edition)).hasMoreElements();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words for an edition without its rule pack, the same wherever it is refused. */
    public static String noRulePack(Edition edition) {
        return "no rule pack for " + edition.id() + " in this version";
    }

    private static void requireRulePack(Edition edition) {
        if (!hasRulePack(edition)) {
            // Commands ask hasRulePack first and refuse in their own words; this keeps any other caller from a
            // stack trace out of the classpath listing.
            throw new RuleBaseException(List.of(noRulePack(edition)));
        }
    }

    private static String folder(Edition edition) {
        return "rules/" + edition.id() + "/";
    }

    /** The built-in rules plus the DRL files found under a user's folder, compiled now. */
    public static RuleBase withUserRules(Catalogue catalogue, Path folder) {
        requireRulePack(catalogue.edition());
        return build(catalogue, builtInSources(catalogue.edition()), userSources(folder));
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Every rule, sorted by file then name. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** A short fingerprint of the rule texts, so a result says exactly which rule set produced it. */
    public String version() {
        return version;
    }

    /** True when these rules were compiled at build time rather than when the assessor started. */
    public boolean prebuilt() {
        return prebuilt;
    }

    /**
     * The DRL files under {@code rules/<edition>/} in every classpath root, a folder or a jar (also one nested in
     * the application jar), sorted by name. Listed with the JDK alone: this runs at every start.
     */
    static List<RuleSource> builtInSources(Edition edition) {
        String folder = folder(edition);
        List<RuleSource> sources = resources(folder, ".drl");
        if (sources.isEmpty()) {
            throw new IllegalStateException("No rules found on the classpath under " + folder);
        }
        return sources;
    }

    /**
     * The files under a classpath folder (and its subfolders) whose names end with {@code suffix}, in every classpath
     * root, a folder or a jar (also one nested in the application jar), sorted by name; each named by its resource path.
     */
    static List<RuleSource> resources(String folder, String suffix) {
        List<RuleSource> sources = new ArrayList<>();
        try {
            Enumeration<URL> roots = RuleBase.class.getClassLoader().getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    Path base = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(base)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                            String relative = base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                            sources.add(new RuleSource(folder + relative, Files.readString(file)));
                        }
                    }
                } else if (root.openConnection() instanceof JarURLConnection connection) {
                    connection.setUseCaches(false);
                    String prefix = connection.getEntryName().endsWith("/") ? connection.getEntryName() : connection.getEntryName() + "/";
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            if (!entry.isDirectory() && entry.getName().startsWith(prefix) && entry.getName().endsWith(suffix)) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    sources.add(new RuleSource(folder + entry.getName().substring(prefix.length()),
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                                }
                            }
                        }
                    }
                } else {
                    throw new IllegalStateException("Cannot list the files at " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        sources.sort(Comparator.comparing(RuleSource::name));
        return sources;
    }

    private static List<RuleSource> userSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleBaseException(List.of(folder + ": not a folder of DRL files"));
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<RuleSource> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                sources.add(new RuleSource(file.toString(), Files.readString(file)));
            }
            if (sources.isEmpty()) {
                throw new RuleBaseException(List.of(folder + ": no .drl files found"));
            }
            return sources;
        } catch (IOException e) {
            throw new RuleBaseException(List.of(folder + ": cannot read: " + e.getMessage()));
        }
    }

    private static RuleBase build(Catalogue catalogue, List<RuleSource> builtIn, List<RuleSource> user) {
        KieServices kieServices = KieServices.Factory.get();
        KieFileSystem files = kieServices.newKieFileSystem();
        List<RuleSource> all = new ArrayList<>(builtIn);
        all.addAll(user);
        Map<String, String> nameByKiePath = new ConcurrentHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String kiePath = "src/main/resources/r" + i + "/" + Path.of(all.get(i).name()).getFileName();
            nameByKiePath.put(kiePath, all.get(i).name());
            // Build messages name the path without the resources prefix.
            nameByKiePath.put(kiePath.substring("src/main/resources/".length()), all.get(i).name());
            files.write(kiePath, all.get(i).text());
        }
        ReleaseId releaseId = kieServices.newReleaseId("org.ismsassessor.rules", "rules-" + fingerprint(all), "1.0.0");
        files.generateAndWritePomXML(releaseId);
        KieBuilder builder = kieServices.newKieBuilder(files).buildAll();
        List<String> problems = new ArrayList<>();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        java.util.Set<String> filesWithSyntaxErrors = new java.util.HashSet<>();
        errors.stream().filter(m -> !m.getText().strip().equals(NO_PACKAGE)).forEach(m -> filesWithSyntaxErrors.add(m.getPath()));
        for (Message message : errors) {
            if (message.getText().strip().equals(NO_PACKAGE) && filesWithSyntaxErrors.contains(message.getPath())) {
                // Drools' follow-on to a syntax error of the same file, at "line 0": it adds nothing.
                continue;
            }
            String file = nameByKiePath.getOrDefault(message.getPath(), message.getPath());
            problems.add(file + ":" + message.getLine() + ": " + message.getText().strip());
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        KieBase kieBase = kieServices.newKieContainer(releaseId).getKieBase();
        return checked(catalogue, kieBase, rule -> {
            String kiePath = rule instanceof RuleImpl impl && impl.getResource() != null
                    ? impl.getResource().getSourcePath() : "";
            return nameByKiePath.getOrDefault(kiePath, kiePath);
        }, fingerprint(all), false);
    }

    /** The rule base once every rule's metadata is checked; refused on any problem. */
    private static RuleBase checked(Catalogue catalogue, KieBase kieBase, Function<Rule, String> fileOf, String version,
            boolean prebuilt) {
        List<String> problems = new ArrayList<>();
        ShapeTables shapes = ShapeTables.builtIn(catalogue.edition());
        List<RuleInfo> rules = describe(kieBase, fileOf, catalogue, shapes, problems);
        GradingTable grading = graded(kieBase, fileOf, GradingTable.builtIn(catalogue.edition()), shapes, problems);
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        // The tables are data the compiled rules read, so they are part of what the version names.
        String fullVersion = shapes.version().isEmpty() ? version : version + "-" + shapes.version();
        return new RuleBase(kieBase, rules, fullVersion, prebuilt, grading, shapes);
    }

    /**
     * The grading table with the user rules' declared grades: every checking rule needs a line in the edition's
     * table or a {@code @grade("major|minor|gap|observation")} of its own, and every line of the table a rule.
     */
    private static GradingTable graded(KieBase kieBase, Function<Rule, String> fileOf, GradingTable table,
            ShapeTables shapes, List<String> problems) {
        Map<String, FindingKind> declared = new java.util.TreeMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        // A table's rows are graded as the rules they stand for; the rule reading the table is graded through them.
        for (ShapeRow row : shapes.rows()) {
            names.add(row.rule());
            if (table.rowFor(row.rule()).isEmpty()) {
                problems.add(row.file() + ":" + row.line() + ": rule \"" + row.rule() + "\" has no line in " + table.name());
            }
        }
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                names.add(rule.getName());
                if (rule.getMetaData().containsKey(DERIVED) || rule.getMetaData().containsKey(Findings.SHAPE)) {
                    continue;
                }
                Object grade = rule.getMetaData().get(GRADE);
                if (grade != null) {
                    Optional<FindingKind> kind = GradingTable.gradeNamed(String.valueOf(grade));
                    if (kind.isEmpty()) {
                        problems.add(fileOf.apply(rule) + ": rule \"" + rule.getName() + "\" declares @grade(\"" + grade
                                + "\"): use major, minor, gap or observation");
                    } else if (table.rowFor(rule.getName()).isPresent()) {
                        problems.add(fileOf.apply(rule) + ": rule \"" + rule.getName() + "\" declares @grade but "
                                + table.name() + " grades it already: keep one");
                    } else {
                        declared.put(rule.getName(), kind.get());
                    }
                } else if (table.rowFor(rule.getName()).isEmpty()) {
                    problems.add(fileOf.apply(rule) + ": rule \"" + rule.getName() + "\" has no line in " + table.name()
                            + " and declares no @grade(\"major|minor|gap|observation\")");
                }
            }
        }
        table.rows().values().stream().filter(row -> !names.contains(row.rule()))
                .sorted(Comparator.comparingInt(GradingRow::line))
                .forEach(row -> problems.add(table.name() + ":" + row.line() + ": grades rule \"" + row.rule()
                        + "\", which the rule base does not have"));
        return table.withDeclared(declared);
    }

    /**
     * Every rule, a data-driven rule ({@code @shape}) as the rows of its table: each row is a check of its own
     * requirement, named and graded as the rule it stands for.
     */
    private static List<RuleInfo> describe(KieBase kieBase, Function<Rule, String> fileOf, Catalogue catalogue,
            ShapeTables shapes, List<String> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        java.util.Set<String> read = new java.util.HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = fileOf.apply(rule);
                String problem = metadataProblem(rule, catalogue);
                if (problem != null) {
                    problems.add(file + ": rule \"" + rule.getName() + "\" " + problem);
                }
                Object shape = rule.getMetaData().get(Findings.SHAPE);
                if (shape == null) {
                    rules.add(new RuleInfo(rule.getName(), Findings.requirementOf(rule), file, Findings.checksEachControl(rule)));
                    continue;
                }
                if (!shapes.shapes().contains(shape.toString())) {
                    problems.add(file + ": rule \"" + rule.getName() + "\" reads @shape(\"" + shape
                            + "\"), but the pack has no table shapes/" + shape + ".csv");
                }
                read.add(shape.toString());
                for (ShapeRow row : shapes.rows(shape.toString())) {
                    if (!catalogue.contains(row.requirement())) {
                        problems.add(row.file() + ":" + row.line() + ": requirement '" + row.requirement()
                                + "' is not in the " + catalogue.edition().title() + " catalogue");
                    }
                    rules.add(new RuleInfo(row.rule(), row.requirement(), row.file(), false));
                }
            }
        }
        shapes.shapes().stream().filter(s -> !read.contains(s)).forEach(s -> problems.add("shapes/" + s
                + ".csv: no rule reads this table; a rule declaring @shape(\"" + s + "\") does"));
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return List.copyOf(rules);
    }

    /** What is wrong with a rule's metadata, or null: it needs one requirement, @control("each") or @derived. */
    private static String metadataProblem(Rule rule, Catalogue catalogue) {
        String requirement = Findings.requirementOf(rule);
        Object control = rule.getMetaData().get(Findings.CONTROL);
        if (rule.getMetaData().containsKey(Findings.SHAPE)) {
            return requirement == null && control == null ? null
                    : "reads a table (@shape) and names a requirement: the table's rows name theirs";
        }
        if (control != null && !Findings.checksEachControl(rule)) {
            return "names @control(\"" + control + "\"): its only value is \"each\"; name one control with @requirement(\"<id>\")";
        }
        if (control != null && requirement != null) {
            return "names both @control(\"each\") and @requirement: keep one";
        }
        if (control == null && requirement == null && !rule.getMetaData().containsKey(DERIVED)) {
            return "names no requirement: add @requirement(\"<id>\"), @control(\"each\") if it checks every Annex A"
                    + " control, or @derived if it only derives facts";
        }
        if (rule.getMetaData().containsKey(DERIVED) && rule instanceof RuleImpl impl
                && impl.getSalience().getValue() < DERIVATION_SALIENCE) {
            return "derives facts, so it needs salience " + DERIVATION_SALIENCE
                    + " or more: derivations settle before any check fires";
        }
        if (requirement != null && !catalogue.contains(requirement)) {
            return "names @requirement(\"" + requirement + "\"), which is not in the " + catalogue.edition().title()
                    + " catalogue";
        }
        return null;
    }

    static String fingerprint(List<RuleSource> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleSource source : sources) {
                digest.update(source.name().getBytes(StandardCharsets.UTF_8));
                digest.update(source.text().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
