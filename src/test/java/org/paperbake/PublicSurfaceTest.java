package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A package's public classes are its contract with the layers above: everything else is
 * package-private, so that a class can't become part of the contract by accident.
 */
class PublicSurfaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Glossary and PostProcessor for the pipeline, DraftEntry and UncoveredName (with Place) for
                // `check` and `glossary draft`; the rest for the benchmarks in org.paperbake.jmh.
                "postprocess | DraftEntry Glossary PinpointAnchors Place PostProcessor Term TermLinker TermMatcher"
                        + " UncoveredName",
                "importer | ImportReport Importer",
                "check | BuiltSite SiteChecker SiteScan",
                "edition | Editions",
            })
    void a_package_makes_public_only_what_other_packages_use(String pkg, String expected) {
        Set<String> publicClasses = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.paperbake." + pkg)) {
            if (type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)) {
                publicClasses.add(type.getSimpleName());
            }
        }
        assertEquals(new TreeSet<>(Set.of(expected.split(" "))), publicClasses);
    }
}
