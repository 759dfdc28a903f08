package org.paperbake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestPage;
import org.paperbake.TestSites;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;

/** Templates that try to reach Java, and content that tries to be a template, against the hardened engine. */
class HardenedFreemarkerEngineIT {

    @TempDir
    static Path folder;

    static Path site;
    static Map<String, String> lastGoodOutput;

    @BeforeAll
    static void buildOnce() {
        site = TestSites.copyFixture("minimal", folder.resolve("site"));
        new Site(site, site.resolve("output"), line -> {}).build();
        lastGoodOutput = TestSites.snapshot(site.resolve("output"));
    }

    /** Builds the fixture with {@code page.ftl}-style body in the subsection template, expecting a failure. */
    private static Problem failWithSubsectionTemplate(Path where, String body) {
        Path copy = TestSites.copyFixture("minimal", where.resolve("site"));
        new Site(copy, copy.resolve("output"), line -> {}).build();
        Map<String, String> before = TestSites.snapshot(copy.resolve("output"));
        TestSites.write(copy.resolve("templates/subsection.ftl"), "<#ftl output_format=\"HTML\">\n" + body + "\n");
        PaperbakeException failure = assertThrows(
                PaperbakeException.ContentProblems.class,
                () -> new Site(copy, copy.resolve("output"), line -> {}).build());
        assertEquals(before, TestSites.snapshot(copy.resolve("output")), "the last good output is untouched");
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        return failure.problems().get(0);
    }

    @Test
    void new_builtin_is_refused_for_every_class(@TempDir Path where) {
        Problem problem = failWithSubsectionTemplate(
                where, "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertTrue(problem.path().endsWith("templates/subsection.ftl"), problem.format());
        assertEquals(2, problem.line(), problem.format());
        assertTrue(problem.message().contains("while rendering content/01-1-a-subsection.md"), problem.format());
        assertTrue(problem.message().contains("Execute"), problem.format());
    }

    @Test
    void api_builtin_is_disabled(@TempDir Path where) {
        Problem problem = failWithSubsectionTemplate(where, "${content?api.getClass()}");
        assertEquals(2, problem.line(), problem.format());
        assertTrue(problem.message().contains("api"), problem.format());
    }

    @Test
    void the_content_store_data_files_and_renderer_are_not_reachable(@TempDir Path where) {
        for (String key : HardenedFreemarkerEngine.CLOSED_KEYS) {
            Problem problem = failWithSubsectionTemplate(where.resolve(key), "\n${" + key + ".toString()}");
            assertEquals(3, problem.line(), problem.format());
            assertTrue(problem.message().contains(key), problem.format());
        }
    }

    @Test
    void plain_objects_expose_no_methods(@TempDir Path where) {
        Problem problem = failWithSubsectionTemplate(where, "${content.title.getClass()}");
        assertEquals(2, problem.line(), problem.format());
    }

    @Test
    void a_syntax_error_is_located_in_its_template_and_no_stack_trace_reaches_a_page(@TempDir Path where) {
        Problem problem = failWithSubsectionTemplate(where, "line two\n<#if>");
        assertEquals(3, problem.line(), problem.format());
        assertTrue(problem.message().contains("cannot be parsed"), problem.format());
    }

    @Test
    void an_error_in_a_macro_is_located_in_the_file_that_defines_it(@TempDir Path where) {
        Path copy = TestSites.copyFixture("minimal", where.resolve("site"));
        String layout = TestSites.read(copy.resolve("templates/layout.ftl"));
        TestSites.write(
                copy.resolve("templates/layout.ftl"),
                layout.replace("<#macro pager>", "<#macro pager>${content.nope}"));
        PaperbakeException failure = assertThrows(
                PaperbakeException.ContentProblems.class,
                () -> new Site(copy, copy.resolve("output"), line -> {}).build());
        assertFalse(failure.problems().isEmpty());
        for (Problem problem : failure.problems()) {
            assertTrue(problem.path().endsWith("templates/layout.ftl"), problem.format());
            assertTrue(problem.line() > 1, problem.format());
            assertTrue(problem.message().contains("content.nope"), problem.format());
        }
    }

    @Test
    void content_is_never_evaluated_as_a_template() {
        String html = TestSites.read(site.resolve("output/conclusion.html"));
        assertFalse(html.contains("Exception"), html);
        Path copy = site.resolveSibling("literal");
        TestSites.copyFixture("minimal", copy);
        TestPage.conclusion()
                .title("${config.site_title} <#assign t = 1>")
                .body("Shown as written: ${config.site_title}, <#assign x = 1>${x}, [#assign y = 2] and #{1 + 1}.\n")
                .writeTo(copy.resolve("content/conclusion.md"));
        new Site(copy, copy.resolve("output"), line -> {}).build();
        String page = TestSites.read(copy.resolve("output/conclusion.html"));
        assertTrue(
                page.contains(
                        "Shown as written: ${config.site_title}, &lt;#assign x = 1&gt;${x}, [#assign y = 2] and #{1 + 1}."),
                page);
        assertTrue(page.contains("${config.site_title} &lt;#assign t = 1&gt;</h1>"), page);
    }

    @Test
    void the_engine_is_configured_closed() {
        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        site.toFile(),
                        site.resolve("elsewhere").toFile(),
                        site.resolve("jbake.properties").toFile(),
                        true);
        Configuration freemarker = new HardenedFreemarkerEngine(null, jbake).configuration();
        assertEquals(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER, freemarker.getNewBuiltinClassResolver());
        assertFalse(freemarker.isAPIBuiltinEnabled());
        assertEquals(TemplateExceptionHandler.RETHROW_HANDLER, freemarker.getTemplateExceptionHandler());
        assertEquals(HTMLOutputFormat.INSTANCE, freemarker.getOutputFormat());
        assertEquals(Configuration.VERSION_2_3_34, freemarker.getIncompatibleImprovements());
        assertEquals(BeansWrapper.EXPOSE_NOTHING, ((BeansWrapper) freemarker.getObjectWrapper()).getExposureLevel());
        assertTrue(lastGoodOutput.containsKey("conclusion.html"));
    }
}
