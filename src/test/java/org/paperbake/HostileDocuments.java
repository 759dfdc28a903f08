package org.paperbake;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Random content files for the fuzz tests: Markdown built from benign and hostile pieces, under front matter that may be broken. */
final class HostileDocuments {

    /** Pieces of Markdown, raw HTML, URLs and template syntax, benign and hostile, to be strung together at random. */
    private static final List<String> PIECES = List.of(
            "word ",
            "China ",
            "governance. ",
            "\n",
            "\n\n",
            "\n\n",
            "> ",
            "- ",
            "1. ",
            "  ",
            "    ",
            "*",
            "_",
            "**",
            "`",
            "```\n",
            "~~~\n",
            "[",
            "]",
            "(",
            ")",
            "![",
            "](",
            "<",
            ">",
            "&",
            "&#",
            ";",
            "#",
            "## ",
            "---\n",
            "|a|b|\n|-|-|\n|1|2|\n",
            "\\",
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<abbr title=\"World Internet Conference\">WIC</abbr>",
            "<sup>1</sup>",
            "<sub>2</sub>",
            "<br>",
            "<kbd>Ctrl</kbd>",
            "<abbr onclick=\"alert(1)\">x</abbr>",
            "<sup style=\"color:red\">x</sup>",
            "<iframe src=\"https://evil.example\">",
            "<svg onload=alert(1)>",
            "<style>*{}</style>",
            "<!-- note -->",
            "<!--",
            "-->",
            "<a href=\"javascript:alert(1)\">a</a>",
            "[link](javascript:alert(1))",
            "[link](JaVaScRiPt:alert(1))",
            "[link](&#106;avascript:alert(1))",
            "[link](java&#x09;script:x)",
            "[link](vbscript:x)",
            "[link](data:text/html,<script>alert(1)</script>)",
            "[link](//evil.example)",
            "[link](https://example.org)",
            "[link](06-1-page.html#p-6-1-1)",
            "<javascript:alert(1)>",
            "<https://example.org>",
            "![img](data:image/png;base64,iVBORw0KGgo=)",
            "![img](data:image/svg+xml,<svg onload=alert(1)>)",
            "![img](https://tracker.example/p.png)",
            "[ref]\n\n[ref]: javascript:alert(1)\n",
            "${config.site_title}",
            "<#assign x = 1>",
            "[#assign y = 2]",
            "<@layout.page/>",
            "#{1}",
            "\u0000",
            "\uFEFF",
            "\u202E",
            "\t",
            "\r\n",
            "\uD83D\uDE00",
            "é",
            "中文",
            "&lt;script&gt;",
            "&quot;",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)");

    private static final List<String> FRONT_MATTERS = List.of(
            "---\ntitle: A Random Page\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 900\n---\n",
            "---\ntitle: \"<script>alert(1)</script>\"\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 900\n---\n",
            "---\ntitle: ${config.site_title}\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 901\n---\n",
            "---\ntitle: \"Unclosed\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 900\n---\n",
            "---\ntitle: Tab\n\ttype: page\nstatus: published\ndate: 2023-03-17\norder: 900\n---\n",
            "---\ntitle: Twice\ntitle: Twice\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 900\n---\n",
            "---\ntitle: Paths\ntype: page\nstatus: published\ndate: 2023-03-17\norder: 900\nslug: ../../x\nuri: /tmp/x.html\n---\n",
            "---\ntitle: Draft\ntype: page\nstatus: draft\ndate: 2023-03-17\norder: 900\n---\n",
            "---\ntitle: Ten\ntype: page\nstatus: published\ndate: 2023-03-17\norder: ten\n---\n",
            "---\ntitle: !!java.net.URL [\"http://evil.example\"]\ntype: page\nstatus: published\n---\n",
            "---\n---\n",
            "no front matter\n",
            "---\ntitle: never closed\n");

    private HostileDocuments() {}

    /** A front matter (usually valid, sometimes broken) followed by up to 80 pieces and random text. */
    static Arbitrary<String> documents() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withChars("<>[]()*_`>!-#&;:/\\\"' \n")
                                .ofMaxLength(12)));
        Arbitrary<String> body = piece.list().ofMaxSize(80).map(pieces -> String.join("", pieces));
        Arbitrary<String> frontMatter = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(FRONT_MATTERS.get(0))),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(FRONT_MATTERS)));
        return Combinators.combine(frontMatter, body).as((head, text) -> head + text);
    }

    /** What the templates never put in a page and content must not be able to: inline script, handlers, script URLs. */
    /**
     * The scripts the templates put on every page: the site's own files under js/, and the JSON-LD
     * data block (JSON-escaped, so text can't close it).
     */
    private static boolean isTemplateScript(Element element) {
        if (!element.normalName().equals("script") || element.attributes().size() > 2) {
            return false;
        }
        boolean siteFile = element.attr("src").matches("(\\.\\./)*js/[a-z][a-z.-]*\\.js")
                && (element.attributes().size() == 1 || element.hasAttr("defer"));
        boolean jsonLd = element.attributes().size() == 1
                && element.attr("type").equals("application/ld+json")
                && !element.data().contains("</");
        return siteFile || jsonLd;
    }

    static List<String> scriptInjections(Document page) {
        List<String> found = new java.util.ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (isTemplateScript(element)) {
                continue;
            }
            if (element.normalName().equals("script")
                    || element.normalName().equals("iframe")
                    || element.normalName().equals("style")) {
                found.add(element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value =
                        attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")
                        || key.equals("style")
                        || value.startsWith("javascript:")
                        || value.startsWith("vbscript:")
                        || (value.startsWith("data:") && !value.startsWith("data:image/png"))) {
                    found.add(element.normalName() + " " + key + "=" + attribute.getValue());
                }
            }
        }
        return found;
    }
}
