package org.ismsassessor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the domain free of frameworks and the engine the only door to Drools. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The rules compiled to the Drools executable model at build time (org.ismsassessor.rules.*): DRL as classes.
            .withImportOption(location -> !location.contains("/org/ismsassessor/rules/"))
            .importPackages("org.ismsassessor");

    @Test
    void theDomainDependsOnNoFramework() {
        noClasses().that().resideInAnyPackage("..snapshot..", "..catalogue..", "..finding..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.springframework..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineTalksToDrools() {
        noClasses().that().resideOutsideOfPackage("..engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("..cli..")
                .should().dependOnClassesThat().resideInAPackage("..cli..")
                .check(CLASSES);
    }
}
