package org.paperbake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers that can be drawn: each imports only the layers below it, there are no
 * cycles, and only the bake stage knows JBake. ARCHITECTURE.md draws the same picture.
 */
class ArchitectureTest {

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.paperbake");
    }

    @Test
    void each_package_uses_only_the_layers_below_it() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("org.paperbake.cli..")
                .layer("serve")
                .definedBy("org.paperbake.serve..")
                .layer("bench")
                .definedBy("org.paperbake.bench..")
                .layer("pipeline")
                .definedBy("org.paperbake.pipeline..")
                .layer("importer")
                .definedBy("org.paperbake.importer..")
                .layer("bake")
                .definedBy("org.paperbake.bake..")
                .layer("postprocess")
                .definedBy("org.paperbake.postprocess..")
                .layer("history")
                .definedBy("org.paperbake.history..")
                .layer("check")
                .definedBy("org.paperbake.check..")
                .layer("edition")
                .definedBy("org.paperbake.edition..")
                .layer("content")
                .definedBy("org.paperbake.content..")
                .layer("config")
                .definedBy("org.paperbake.config..")
                .layer("kernel")
                .definedBy("org.paperbake.kernel..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("serve")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("bench")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("importer")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline")
                .mayOnlyBeAccessedByLayers("cli", "serve", "bench")
                .whereLayer("bake")
                .mayOnlyBeAccessedByLayers("pipeline", "serve", "bench", "cli")
                .whereLayer("postprocess")
                .mayOnlyBeAccessedByLayers("pipeline", "serve", "bench", "cli")
                .whereLayer("check")
                .mayOnlyBeAccessedByLayers("pipeline", "serve", "bench", "cli")
                .whereLayer("history")
                .mayOnlyBeAccessedByLayers("pipeline", "serve", "bench", "cli")
                .whereLayer("edition")
                .mayOnlyBeAccessedByLayers("pipeline", "serve", "bench", "cli")
                .whereLayer("content")
                .mayOnlyBeAccessedByLayers(
                        "bake", "postprocess", "check", "history", "edition", "pipeline", "serve", "bench", "cli")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers(
                        "content",
                        "bake",
                        "postprocess",
                        "check",
                        "history",
                        "edition",
                        "pipeline",
                        "serve",
                        "bench",
                        "cli")
                .check(mainClasses);
    }

    @Test
    void no_two_packages_depend_on_each_other() {
        slices().matching("org.paperbake.(*)..").should().beFreeOfCycles().check(mainClasses);
    }

    @Test
    void only_the_bake_stage_imports_jbake() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.paperbake.bake..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jbake..")
                .check(mainClasses);
    }

    @Test
    void only_the_edition_stage_imports_the_pdf_libraries() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.paperbake.edition..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.xmpbox..")
                .check(mainClasses);
    }

    @Test
    void only_the_history_stage_reads_git() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.paperbake.history..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.jgit..")
                .check(mainClasses);
    }

    @Test
    void the_kernel_depends_on_nothing_but_the_jdk_and_commons_text() {
        classes()
                .that()
                .resideInAPackage("org.paperbake.kernel..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.paperbake.kernel..", "java..", "org.apache.commons.text..")
                .check(mainClasses);
    }
}
