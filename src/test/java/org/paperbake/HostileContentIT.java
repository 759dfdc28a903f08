package org.paperbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;

/**
 * Every hostile input of issue 6, each dropped into a copy of a site that was already built once:
 * the command line must exit 1 with {@code path:line: problem — how to fix} (or build correctly),
 * within a time bound, with {@code content/} untouched, the previous {@code output/} byte-identical,
 * no staging folder left behind, and no stack trace.
 */
class HostileContentIT {

    /** Generous for a 2-core machine shared by several builds; a hang or a quadratic blow-up takes far longer. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path folder;

    static Path builtSite;

    @BeforeAll
    static void buildTheSiteOnce() {
        builtSite = TestSites.copyFixture("minimal", folder.resolve("built"));
        new Site(builtSite, builtSite.resolve("output"), line -> {}).build();
    }

    /** What one command-line run printed and returned. */
    record Run(int exitCode, String stderr, long millis) {}

    /** A fresh copy of the built site (its output included) to make hostile. */
    private static Path copyOfBuiltSite(Path target) {
        FileTrees.copy(builtSite, target);
        return target;
    }

    static Run runCommand(String... args) {
        TestSites.Run run = TestSites.run(args);
        return new Run(run.exitCode(), run.err(), run.millis());
    }

    /**
     * Builds {@code site} expecting failure, and returns the problem lines with the site's folder
     * shown as it would be from inside the site.
     */
    static List<String> failingBuild(Path site, Runnable makeHostile) {
        Map<String, String> output = TestSites.snapshot(site.resolve("output"));
        makeHostile.run();
        Map<String, String> content = TestSites.snapshot(site.resolve("content"));
        Run run = runCommand("build", "--source", site.toString());
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.millis() < BOUND.toMillis(), "took " + run.millis() + " ms");
        assertFalse(run.stderr().contains("Exception") || run.stderr().contains("\tat "), run.stderr());
        assertEquals(output, TestSites.snapshot(site.resolve("output")), "the previous output is byte-identical");
        assertEquals(content, TestSites.snapshot(site.resolve("content")), "content/ is untouched");
        try (Stream<Path> siblings = Files.list(site)) {
            assertEquals(
                    List.of(),
                    siblings.map(path -> path.getFileName().toString())
                            .filter(name -> name.startsWith(".output."))
                            .filter(name -> !name.equals(".output.lock"))
                            .toList(),
                    "no staging folder is left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = site.toAbsolutePath().normalize() + "/";
        return run.stderr()
                .lines()
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()))
                .toList();
    }

    private static List<String> buildWithFixture(Path where, String fixture) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        return failingBuild(site, () -> copyResource(fixture, site.resolve("content/" + fixture)));
    }

    private static void copyResource(String fixture, Path target) {
        try {
            Files.copy(TestSites.PROJECT.resolve("src/test/resources/hostile/" + fixture), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(
                    "unclosed-quote.md",
                    List.of(
                            "content/unclosed-quote.md:2: the quoted value on this line is never closed — end the value with the same quote mark it starts with")),
            Map.entry(
                    "tab-indentation.md",
                    List.of(
                            "content/tab-indentation.md:8: the front matter is not valid YAML: found character '\\t(TAB)' that cannot start any token."
                                    + " (Do not use \\t(TAB) for indentation) — indent with spaces, not tabs")),
            Map.entry(
                    "duplicate-key.md",
                    List.of(
                            "content/duplicate-key.md:5: the front matter is not valid YAML: found duplicate key title — keep only one line with this key")),
            Map.entry(
                    "missing-required-field.md",
                    List.of(
                            "content/missing-required-field.md:1: a page page needs 'order' — add a line 'order: …' to the front matter")),
            Map.entry(
                    "wrong-type.md",
                    List.of("content/wrong-type.md:6: 'order' is \"ten\" (text) — write a whole number")),
            Map.entry(
                    "invalid-utf8.md",
                    List.of(
                            "content/invalid-utf8.md:9: the file is not valid UTF-8 — save it as UTF-8 (GitHub's editor always does)")),
            Map.entry(
                    "nul-byte.md",
                    List.of(
                            "content/nul-byte.md:9: the file contains a NUL byte — remove it; content files are plain UTF-8 text")),
            Map.entry(
                    "yaml-alias-bomb.md",
                    List.of(
                            "content/yaml-alias-bomb.md:1: the front matter is not valid YAML: Number of aliases for non-scalar nodes exceeds the"
                                    + " specified max=10 — write one 'key: value' per line, quoting values that contain ':' or '#'")),
            Map.entry(
                    "yaml-java-tag.md",
                    List.of("content/yaml-java-tag.md:2: the front matter is not valid YAML: Global tag is not allowed:"
                            + " tag:yaml.org,2002:javax.script.ScriptEngineManager — write one 'key: value' per line, quoting values that"
                            + " contain ':' or '#'")),
            Map.entry(
                    "output-path-keys.md",
                    List.of(
                            "content/output-path-keys.md:7: unknown front-matter key 'slug' — remove it; CONTRIBUTING.md lists every key",
                            "content/output-path-keys.md:8: unknown front-matter key 'uri' — remove it; CONTRIBUTING.md lists every key",
                            "content/output-path-keys.md:9: unknown front-matter key 'jbake-uri' — remove it; CONTRIBUTING.md lists every key")),
            Map.entry(
                    "script-element.md",
                    List.of(
                            "content/script-element.md:10: raw HTML <script> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                                    + " <br> and <kbd>; write the rest in Markdown")),
            Map.entry(
                    "forbidden-elements.md",
                    List.of(
                            "content/forbidden-elements.md:10: raw HTML <iframe> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                                    + " <br> and <kbd>; write the rest in Markdown",
                            "content/forbidden-elements.md:12: raw HTML <object> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                                    + " <br> and <kbd>; write the rest in Markdown",
                            "content/forbidden-elements.md:14: raw HTML <form> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                                    + " <br> and <kbd>; write the rest in Markdown",
                            "content/forbidden-elements.md:14: raw HTML <button> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                                    + " <br> and <kbd>; write the rest in Markdown",
                            "content/forbidden-elements.md:16: raw HTML <style> is not allowed — content may use only <abbr title>, <sup>, <sub>,"
                                    + " <br> and <kbd>; write the rest in Markdown")),
            Map.entry(
                    "event-handler-attribute.md",
                    List.of(
                            "content/event-handler-attribute.md:8: the attribute onmouseover= on <abbr> is not allowed — remove it; scripts never"
                                    + " run on this site")),
            Map.entry(
                    "style-attribute.md",
                    List.of(
                            "content/style-attribute.md:8: the attribute style= on <sup> is not allowed — remove it; the site's stylesheet does"
                                    + " all styling")),
            Map.entry(
                    "script-urls.md",
                    List.of(
                            "content/script-urls.md:8: the link 'javascript:alert(1)' runs script (javascript:) — link to a page (a relative path"
                                    + " such as 06-1-….html) or an https: address",
                            "content/script-urls.md:10: the link 'JaVaScRiPt:alert(1)' runs script (javascript:) — link to a page (a relative path"
                                    + " such as 06-1-….html) or an https: address",
                            "content/script-urls.md:12: the link 'javascript:alert(1)' runs script (javascript:) — link to a page (a relative path"
                                    + " such as 06-1-….html) or an https: address",
                            "content/script-urls.md:14: the link 'java?script:alert(1)' runs script (javascript:) — link to a page (a relative path"
                                    + " such as 06-1-….html) or an https: address",
                            "content/script-urls.md:16: the link 'vbscript:msgbox(1)' runs script (vbscript:) — link to a page (a relative path"
                                    + " such as 06-1-….html) or an https: address")),
            Map.entry(
                    "data-and-protocol-relative-urls.md",
                    List.of(
                            "content/data-and-protocol-relative-urls.md:8: the link 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='"
                                    + " is a data: URL — data: URLs are allowed only as image sources; link to a page instead",
                            "content/data-and-protocol-relative-urls.md:10: the URL '//evil.example/x' has no scheme (protocol-relative) — write"
                                    + " it in full, https://evil.example/x",
                            "content/data-and-protocol-relative-urls.md:12: the image 'data:image/svg+xml;base64,PHN2Zz4=' is not part of the site"
                                    + " — put the image in assets/ and use a relative path, or a data:image/png, jpeg, gif or webp URL (no request"
                                    + " may leave the site, and SVG can carry script)",
                            "content/data-and-protocol-relative-urls.md:14: the image 'https://tracker.example/p.png' is not part of the site"
                                    + " — put the image in assets/ and use a relative path, or a data:image/png, jpeg, gif or webp URL (no request"
                                    + " may leave the site, and SVG can carry script)")));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "unclosed-quote.md",
                "tab-indentation.md",
                "duplicate-key.md",
                "missing-required-field.md",
                "wrong-type.md",
                "invalid-utf8.md",
                "nul-byte.md",
                "yaml-alias-bomb.md",
                "yaml-java-tag.md",
                "output-path-keys.md",
                "script-element.md",
                "forbidden-elements.md",
                "event-handler-attribute.md",
                "style-attribute.md",
                "script-urls.md",
                "data-and-protocol-relative-urls.md"
            })
    void a_hostile_fixture_is_refused_at_its_line_and_nothing_changes(String fixture, @TempDir Path where) {
        assertEquals(EXPECTED.get(fixture), buildWithFixture(where, fixture));
    }

    @Test
    void the_check_command_reports_the_same_problems_without_building(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        copyResource("script-element.md", site.resolve("content/script-element.md"));
        Map<String, String> output = TestSites.snapshot(site.resolve("output"));
        Run run = runCommand("check", "--source", site.toString());
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(
                run.stderr().contains("/content/script-element.md:10: raw HTML <script> is not allowed"), run.stderr());
        assertEquals(output, TestSites.snapshot(site.resolve("output")));
    }

    @Test
    void every_fixture_in_the_hostile_folder_is_tested() throws IOException {
        try (Stream<Path> files = Files.list(TestSites.PROJECT.resolve("src/test/resources/hostile"))) {
            List<String> names =
                    files.map(path -> path.getFileName().toString()).sorted().toList();
            List<String> tested = Stream.concat(EXPECTED.keySet().stream(), Stream.of("template-syntax.md"))
                    .sorted()
                    .toList();
            assertEquals(tested, names);
        }
    }

    private static final String FRONT_MATTER =
            "---\ntitle: A Hostile Page\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 900\n---\n";

    private static List<String> buildWithGeneratedPage(Path where, String name, String text) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        return failingBuild(site, () -> TestSites.write(site.resolve("content/" + name), text));
    }

    /**
     * Issue 17.5 and 17.6: file names JBake would URL-encode (or that no file system takes as a
     * page) are refused by name, with the slug to rename to — a draft among them, which was
     * published as {@code secret+plan-draft.html}.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            secret plan.md     | published
            secret plan.md     | draft
            café.md            | published
            a#b.md             | published
            x:y.md             | published
            %2e%2e.md          | published
            line\\nbreak.md  | published
            LONG               | published
            """)
    void a_file_name_that_is_not_a_slug_is_refused_by_name(String name, String status, @TempDir Path where) {
        String fileName = name.equals("LONG") ? "x".repeat(252) + ".md" : name.replace("\\n", "\n");
        String page = "---\ntitle: Named\ntype: page\nstatus: " + status
                + "\ndate: 2023-03-17\norder: 900\n---\nThe secret text Zanzibarquux.\n";
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems =
                failingBuild(site, () -> TestSites.write(site.resolve("content").resolve(fileName), page));
        String base = fileName.substring(0, fileName.length() - 3);
        String shown = base.replace("\n", "\\n");
        String suggested = org.paperbake.content.FileNames.slugFor(base) + ".md";
        String problem = base.length() > org.paperbake.content.FileNames.MAX_SLUG_LENGTH
                ? "the name '" + shown + "' is 252 characters long, more than 150"
                : "the name '" + shown
                        + "' is not a page address: use lower-case ASCII letters and digits, words joined by hyphens";
        assertEquals(
                List.of("content/" + shown + ".md:1: " + problem + " — rename the file to " + suggested), problems);
    }

    @Test
    void a_fifty_megabyte_file_is_refused_without_being_read(@TempDir Path where) throws IOException {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = failingBuild(site, () -> {
            try (var out = Files.newBufferedWriter(site.resolve("content/huge.md"), StandardCharsets.UTF_8)) {
                out.write(FRONT_MATTER);
                String line = "A line of text that repeats until the file is fifty megabytes long. ".repeat(10) + "\n";
                for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                    out.write(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(site.resolve("content/huge.md")) >= 50L * 1024 * 1024);
        assertEquals(List.of("content/huge.md: the file is larger than 2 MB — split it into several pages"), problems);
    }

    @Test
    void ten_thousand_nested_blockquotes_are_refused_at_their_line(@TempDir Path where) {
        assertEquals(
                List.of("content/quotes.md:9: blockquotes and lists are nested 10000 levels deep here (at most 16)"
                        + " — flatten the structure; a page needs only a few levels"),
                buildWithGeneratedPage(where, "quotes.md", FRONT_MATTER + "Intro.\n" + ">".repeat(10_000) + " deep\n"));
    }

    @Test
    void ten_thousand_nested_lists_are_refused_at_their_line(@TempDir Path where) {
        assertEquals(
                List.of("content/lists.md:8: blockquotes and lists are nested 10000 levels deep here (at most 16)"
                        + " — flatten the structure; a page needs only a few levels"),
                buildWithGeneratedPage(where, "lists.md", FRONT_MATTER + "- ".repeat(10_000) + "deep\n"));
        StringBuilder indented = new StringBuilder(FRONT_MATTER);
        for (int level = 0; level < 1_000; level++) {
            indented.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        assertEquals(
                List.of("content/indented.md:24: blockquotes and lists are nested 17 levels deep here (at most 16)"
                        + " — flatten the structure; a page needs only a few levels"),
                buildWithGeneratedPage(where.resolve("indented"), "indented.md", indented.toString()));
    }

    @Test
    void ten_thousand_nested_emphases_and_images_are_refused_at_their_line(@TempDir Path where) {
        assertEquals(
                List.of(
                        "content/emphasis.md:8: the text is nested 49 levels deep here (at most 48) — flatten the emphasis,"
                                + " links or lists"),
                buildWithGeneratedPage(
                        where,
                        "emphasis.md",
                        FRONT_MATTER + "*a _".repeat(10_000) + "x" + "_ a*".repeat(10_000) + "\n"));
        assertEquals(
                List.of(
                        "content/images.md:8: more than 16 square brackets are open here — close the brackets, or write a literal"
                                + " one as \\["),
                buildWithGeneratedPage(
                        where.resolve("images"),
                        "images.md",
                        FRONT_MATTER + "![".repeat(10_000) + "x" + "](a.png)".repeat(10_000) + "\n"));
    }

    @Test
    void a_one_megabyte_front_matter_line_is_refused_at_its_line(@TempDir Path where) {
        assertEquals(
                List.of(
                        "content/long-title.md:2: the front matter is longer than 64 KB — shorten the value on this line;"
                                + " put long text in the page body"),
                buildWithGeneratedPage(
                        where,
                        "long-title.md",
                        FRONT_MATTER.replace(
                                "A Hostile Page", "word ".repeat(200_000).strip())));
    }

    @Test
    void a_one_megabyte_body_line_builds_correctly_in_bounded_time(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        String line = "word ".repeat(200_000).strip();
        TestSites.write(site.resolve("content/long-line.md"), FRONT_MATTER + line + "\n");
        Run run = runCommand("build", "--source", site.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.millis() < BOUND.toMillis(), "took " + run.millis() + " ms");
        assertTrue(TestSites.read(site.resolve("output/long-line.html")).contains(line.substring(0, 1000)));
    }

    @Test
    void template_syntax_in_content_builds_and_shows_literally(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        copyResource("template-syntax.md", site.resolve("content/template-syntax.md"));
        Run run = runCommand("build", "--source", site.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(
                TestSites.read(site.resolve("output/template-syntax.html"))
                        .contains(
                                "Shown literally: ${config.site_title} &lt;#assign x = 1&gt;${x} [#assign y = 2] #{1 + 1} &lt;@layout.page/&gt;."));
    }

    @Test
    void a_symbolic_link_in_content_is_refused(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        assertEquals(
                List.of(
                        "content/passwd.md: content may not be a symbolic link — replace the link with the file itself"),
                failingBuild(site, () -> link(site.resolve("content/passwd.md"), Path.of("/etc/passwd"))));
    }

    @Test
    void a_symbolic_link_in_assets_or_templates_pointing_outside_the_project_is_refused(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        assertEquals(
                List.of(
                        "assets/passwd.txt: the symbolic link points outside the project (at /etc/passwd) — replace the link with"
                                + " a copy of the file; the site may publish only files in the project",
                        "templates/hosts.ftl: the symbolic link points outside the project (at /etc/hosts) — replace the link with"
                                + " a copy of the file; the site may publish only files in the project"),
                failingBuild(site, () -> {
                    link(site.resolve("assets/passwd.txt"), Path.of("/etc/passwd"));
                    link(site.resolve("templates/hosts.ftl"), Path.of("/etc/hosts"));
                }));
    }

    @Test
    void a_symbolic_link_in_assets_pointing_inside_the_project_is_published(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        link(site.resolve("assets/css/copy.css"), site.resolve("assets/css/site.css"));
        Run run = runCommand("build", "--source", site.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(Files.isRegularFile(site.resolve("output/css/copy.css")));
    }

    @Test
    void a_template_that_reads_missing_data_is_reported_at_its_line_without_a_stack_trace(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        List<String> problems = failingBuild(
                site,
                () -> TestSites.write(
                        site.resolve("templates/section.ftl"),
                        "<#ftl output_format=\"HTML\">\n${content.no_such_field}\n"));
        assertFalse(problems.isEmpty());
        assertTrue(
                problems.stream()
                        .allMatch(problem ->
                                problem.startsWith("templates/section.ftl:2: the template failed while rendering")),
                String.join("\n", problems));
    }

    @Test
    void an_editors_backup_copy_in_content_is_refused_with_how_to_keep_it_out(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        String fix = " — delete it, and have the editor keep such copies outside the project (Emacs:"
                + " backup-directory-alist and auto-save-file-name-transforms)";
        assertEquals(
                List.of(
                        "content/#conclusion.md#: an editor's backup or autosave copy in content/; JBake would publish"
                                + " it unchecked" + fix,
                        "content/conclusion.md~: an editor's backup or autosave copy in content/; JBake would publish"
                                + " it unchecked" + fix),
                failingBuild(site, () -> {
                    String page = TestSites.read(site.resolve("content/conclusion.md"));
                    TestSites.write(site.resolve("content/conclusion.md~"), page);
                    TestSites.write(site.resolve("content/#conclusion.md#"), page);
                }));
    }

    @Test
    void an_html_or_other_file_in_content_is_refused(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        // The sources are checked in one stage, which reports all it finds: the file also clashes with conclusion.md.
        assertEquals(
                List.of(
                        "content/conclusion.md:1: this file would be published as conclusion.html, like "
                                + Problem.displayPath(site.resolve("content/conclusion.html"))
                                + " — rename one of the two files so that each page has its own address",
                        "content/conclusion.html: content/ may hold only Markdown pages (.md); JBake would publish this file"
                                + " unchecked — move images and other files to assets/, and write pages as .md"),
                failingBuild(
                        site,
                        () -> TestSites.write(
                                site.resolve("content/conclusion.html"),
                                "type=page\nstatus=published\n~~~~~~\n<script>alert(1)</script>\n")));
    }

    @Test
    void an_svg_asset_with_script_fails_the_build_after_baking_and_changes_nothing(@TempDir Path where) {
        Path site = copyOfBuiltSite(where.resolve("site"));
        Map<String, String> output = TestSites.snapshot(site.resolve("output"));
        TestSites.write(
                site.resolve("assets/evil.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n");
        Run run = runCommand("build", "--source", site.toString());
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(
                run.stderr()
                        .contains(
                                "output/evil.svg:1: the file has script in <svg> — remove the script; images and documents"
                                        + " in assets/ are published as they are"),
                run.stderr());
        assertEquals(output, TestSites.snapshot(site.resolve("output")));
    }

    @Test
    void an_html_asset_that_is_not_utf8_fails_the_build_naming_it_and_changes_nothing(@TempDir Path where)
            throws IOException {
        Path site = copyOfBuiltSite(where.resolve("site"));
        Map<String, String> output = TestSites.snapshot(site.resolve("output"));
        Files.write(
                site.resolve("assets/latin1.html"),
                "<!DOCTYPE html><html><body><p>Caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
        Run run = runCommand("build", "--source", site.toString());
        assertNotEquals(0, run.exitCode(), run.stderr());
        assertTrue(
                run.stderr()
                        .contains("output/latin1.html: is not UTF-8 text, as every page of the site is read — save the"
                                + " file it is copied from (in the assets folder) as UTF-8"),
                run.stderr());
        assertFalse(run.stderr().contains(".output.staging"), "no temporary folder is named: " + run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
        assertEquals(output, TestSites.snapshot(site.resolve("output")));
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
