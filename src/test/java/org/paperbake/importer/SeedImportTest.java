package org.paperbake.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperbake.kernel.ParagraphIds;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The real seed, end to end: the pages it gives, their front matter, and that no word is lost or added. */
class SeedImportTest {

    private static final String SECTION_VI =
            "06-increasing-international-exchanges-and-cooperation-in-law-based-cyberspace-governance";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!][\"\u201D]?)\\s+(?=[A-Z\"\u201C])");

    private static ParsedWhitePaper parsed;
    private static List<GeneratedPage> pages;
    private static List<String> seedLines;

    @BeforeAll
    static void importSeed() throws IOException {
        parsed = new WhitePaperParser().parse(Fixtures.SEED);
        pages = new MarkdownPages()
                .render(parsed.document(), Fixtures.SEED.getFileName().toString());
        seedLines = Arrays.asList(
                Files.readString(Fixtures.SEED, StandardCharsets.UTF_8).split("\n", -1));
    }

    @Test
    void the_seed_gives_a_cover_section_vi_three_subsections_and_the_conclusion() {
        assertEquals(
                List.of(
                        "index.md",
                        SECTION_VI + ".md",
                        "06-1-playing-an-active-role-in-rule-making.md",
                        "06-2-conducting-extensive-exchanges-and-cooperation.md",
                        "06-3-creating-platforms-for-dialogue.md",
                        "conclusion.md"),
                pages.stream().map(GeneratedPage::path).toList());
        assertEquals(
                List.of(0, 2, 3, 4, 4, 2),
                pages.stream().map(GeneratedPage::paragraphs).toList());
    }

    @Test
    void the_cover_front_matter_holds_the_metadata_in_order() {
        String cover = pages.get(0).frontMatter();

        assertEquals("""
                title: China's Law-Based Cyberspace Governance in the New Era
                type: document
                status: published
                date: 2023-03-17
                order: 0
                publisher: China Daily
                publication: China Daily Print
                updated: 2023-03-17
                year: 2023
                source_host: govt.chinadaily.com.cn
                copyright: Copyright©2024 China Daily. All rights reserved.
                part: 6
                parts: 6
                source: seeds/000_0772cf1c2725d416.txt
                generated: sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                """, cover);
    }

    @Test
    void section_and_subsection_front_matter_follow_the_content_model() {
        assertEquals("""
                title: Increasing International Exchanges and Cooperation in Law-Based Cyberspace Governance
                type: section
                status: published
                date: 2023-03-17
                number: "VI"
                order: 600
                source: seeds/000_0772cf1c2725d416.txt#L10-L14
                """, withoutGenerated(pages.get(1)));
        assertEquals("""
                title: Playing an Active Role in Rule Making
                type: subsection
                status: published
                date: 2023-03-17
                number: "6.1"
                order: 610
                parent: %s
                source: seeds/000_0772cf1c2725d416.txt#L16-L22
                """.formatted(SECTION_VI), withoutGenerated(pages.get(2)));
        assertEquals("""
                title: Conclusion
                type: section
                status: published
                date: 2023-03-17
                number: "Conclusion"
                order: 700
                source: seeds/000_0772cf1c2725d416.txt#L46-L50
                """, withoutGenerated(pages.get(5)));
    }

    @Test
    void every_front_matter_reads_back_as_yaml_with_the_intended_values() {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (GeneratedPage page : pages) {
            Map<String, Object> front = yaml.load(page.frontMatter());
            assertEquals(page.title(), front.get("title"));
            assertEquals(page.type(), front.get("type"));
            if (!page.number().isEmpty()) {
                assertEquals(page.number(), front.get("number"));
            }
        }
    }

    @Test
    void generated_is_the_sha256_of_the_body_as_written() {
        for (GeneratedPage page : pages) {
            assertTrue(page.frontMatter().contains("generated: " + BodyHash.of(page.body()) + "\n"), page.path());
            assertTrue(page.text().endsWith("---\n" + page.body()), page.path());
        }
    }

    @Test
    void panel_8_is_a_block_quote_inside_subsection_6_3() {
        String body = ParagraphIds.strip(pages.get(4).body());

        assertTrue(body.contains("""

                > **Panel 8 — The International Organization of the World Internet Conference**
                >
                > China initiated the international organization of the World Internet Conference in 2022,"""), body);
        assertTrue(body.indexOf("> **Panel 8") < body.indexOf("**Building multi-form"));
    }

    @Test
    void the_six_lead_ins_of_section_vi_are_bold() {
        List<String> bold = pages.stream()
                .flatMap(page -> page.body().lines())
                .filter(line -> line.startsWith("**"))
                .map(line -> line.substring(2, line.indexOf("** ")))
                .toList();

        assertEquals(
                List.of(
                        "Taking an active part in the formulation of regional cyberspace governance rules.",
                        "Engaging in bilateral and multilateral dialogues and exchanges in law-based cyberspace governance.",
                        "Increasing international law enforcement and judicial cooperation on cybersecurity.",
                        "Jointly protecting the rights and interests of minors in cyberspace.",
                        "Hosting the world internet conferences for exchanging ideas on the rule of law in cyberspace.",
                        "Building multi-form, multi-channel and multi-tiered international platforms to exchange views, "
                                + "experience and practices on law-based cyberspace governance including legislation, law "
                                + "enforcement, judicial work, and public legal education."),
                bold);
    }

    @Test
    void exactly_the_boilerplate_lines_are_dropped() {
        assertEquals(
                List.of(8, 52, 58, 60),
                parsed.dropped().stream().map(DroppedLine::line).toList());
    }

    @Test
    void metadata_comes_from_lines_1_3_5_7_54_and_56() {
        assertEquals(
                List.of(1, 3, 5, 7, 54, 56),
                parsed.document().metadata().entries().stream()
                        .map(Metadata.Entry::line)
                        .distinct()
                        .sorted()
                        .toList());
    }

    @Test
    void every_body_paragraph_renders_as_exactly_its_source_line() {
        List<String> rendered = new ArrayList<>();
        for (GeneratedPage page : pages) {
            rendered.addAll(renderedParagraphs(page.body()));
        }
        List<String> sourceParagraphs = new ArrayList<>();
        for (int line = 10; line <= 50; line++) {
            String text = seedLines.get(line - 1);
            if (!text.isEmpty() && !isHeading(text)) {
                sourceParagraphs.add(text);
            }
        }

        assertEquals(15, sourceParagraphs.size());
        assertEquals(sourceParagraphs, rendered);
    }

    @Test
    void every_sentence_of_the_seed_appears_in_exactly_one_page_and_nothing_else_does() {
        List<String> bodies = pages.stream()
                .map(page -> String.join("\n", renderedParagraphs(page.body())))
                .toList();
        String seedBody = String.join("\n", seedLines.subList(9, 50));
        for (int line = 10; line <= 50; line++) {
            String text = seedLines.get(line - 1);
            if (text.isEmpty() || isHeading(text)) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                long pagesWithIt =
                        bodies.stream().filter(body -> body.contains(sentence)).count();
                assertEquals(1, pagesWithIt, "line " + line + ": " + sentence);
            }
        }
        for (String body : bodies) {
            for (String paragraph : body.split("\n")) {
                for (String sentence : SENTENCE_END.split(paragraph)) {
                    assertTrue(seedBody.contains(sentence), "not in the seed: " + sentence);
                }
            }
        }
    }

    /** The paragraphs' text as a reader sees it; the panel's title line is given back in its source form. */
    private static List<String> renderedParagraphs(String markdown) {
        String html =
                HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        List<String> paragraphs = new ArrayList<>();
        for (Element p : Jsoup.parse(html).select("p")) {
            boolean panelTitle =
                    p.parent() != null && p.parent().tagName().equals("blockquote") && p.elementSiblingIndex() == 0;
            if (!panelTitle) {
                paragraphs.add(p.text());
            }
        }
        return paragraphs;
    }

    private static boolean isHeading(String line) {
        return line.matches("(VI\\.|\\d\\.|Panel \\d+) .*") || line.equals("Conclusion");
    }

    private static String withoutGenerated(GeneratedPage page) {
        return page.frontMatter().replaceAll("generated: sha256:[0-9a-f]{64}\n", "");
    }
}
