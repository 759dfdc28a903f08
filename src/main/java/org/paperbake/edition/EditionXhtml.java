package org.paperbake.edition;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * An edition's pages as XHTML: the title page (the cover's metadata and what the edition adds), the
 * contents, one page per part and the glossary appendix — for the EPUB one file each, for the PDF
 * all in one document with its bookmarks. Every name and text arrives as text or as cleaned
 * elements and is escaped by the XML writer; internal links are fragments, made into
 * {@code file.xhtml#id} for the EPUB, and a link to an anchor the edition doesn't hold is unwrapped.
 */
final class EditionXhtml {

    /** The id of the contents, the glossary and the title page, in both editions. */
    static final String CONTENTS_ID = "contents";

    static final String GLOSSARY_ID = "glossary";
    static final String TITLE_ID = "title-page";

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private EditionXhtml() {}

    /** One page of an EPUB: its file name and its body's content. */
    record Page(String file, String title, Element body) {}

    /** The pages of the edition in reading order, the contents excepted (the EPUB's nav, the PDF's own). */
    static List<Page> pages(EditionDocument document) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("title.xhtml", document.title(), titlePage(document)));
        for (EditionDocument.Part part : document.parts()) {
            pages.add(new Page(part.id() + ".xhtml", part.heading(), partPage(part)));
        }
        if (!document.glossary().isEmpty()) {
            pages.add(new Page("glossary.xhtml", "Glossary", glossary(document)));
        }
        return pages;
    }

    /** The contents: a nested list of the parts, then the glossary, each a link to its heading. */
    static Element contentsList(EditionDocument document) {
        Element list = new Element("ol");
        Element section = null;
        for (EditionDocument.Part part : document.parts()) {
            Element item = new Element("li");
            item.appendElement("a").attr("href", "#" + part.id()).text(part.heading());
            if (part.level() > 1 && section != null) {
                Element sub = section.selectFirst("> ol");
                (sub == null ? section.appendElement("ol") : sub).appendChild(item);
            } else {
                list.appendChild(item);
                section = item;
            }
        }
        if (!document.glossary().isEmpty()) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", "#" + GLOSSARY_ID)
                    .text("Glossary");
        }
        return list;
    }

    private static Element titlePage(EditionDocument document) {
        Element section = new Element("section").attr("id", TITLE_ID).addClass("title-page");
        section.appendElement("p").addClass("kicker").text("White paper");
        section.appendElement("h1").addClass("title").text(document.title());
        if (!document.metadata().isEmpty()) {
            Element list = section.appendElement("dl").addClass("metadata");
            for (EditionDocument.Metadatum metadatum : document.metadata()) {
                list.appendElement("dt").text(metadatum.label());
                Element value = list.appendElement("dd");
                metadatum.value().childNodes().forEach(node -> value.appendChild(node.clone()));
            }
        }
        Element note = section.appendElement("div").addClass("edition-note");
        note.appendElement("p")
                .text("This edition was made from the site's text on "
                        + DISPLAY_DATE.format(document.date())
                        + ". The words of the document are its text; the paragraph numbers (¶ 6.1.3), the "
                        + "contents and the glossary are added by this edition to help you find and cite it, "
                        + "and are not part of the document.");
        return section;
    }

    private static Element partPage(EditionDocument.Part part) {
        Element section = new Element("section").addClass("part").addClass("level-" + part.level());
        Element heading = section.appendElement("h" + part.level()).attr("id", part.id());
        if (!part.number().isEmpty()) {
            heading.appendElement("span").addClass("num").text(part.number());
            heading.appendText(" ");
        }
        heading.appendText(part.title());
        part.text().childNodes().forEach(node -> section.appendChild(node.clone()));
        return section;
    }

    private static Element glossary(EditionDocument document) {
        Element section = new Element("section").addClass("glossary");
        section.appendElement("h1").attr("id", GLOSSARY_ID).text("Glossary");
        section.appendElement("p")
                .addClass("edition-note")
                .text("The glossary is this edition's, not part of the document: short explanations of the "
                        + "names the text uses, each with the paragraphs that name it.");
        for (EditionDocument.Entry entry : document.glossary()) {
            Element item = section.appendElement("section").addClass("entry");
            Element heading = item.appendElement("h2").attr("id", entry.id()).text(entry.title());
            if (!entry.acronym().isEmpty() && !entry.acronym().equals(entry.title())) {
                heading.appendText(" (" + entry.acronym() + ")");
            }
            entry.definition().childNodes().forEach(node -> item.appendChild(node.clone()));
            Element mentions = item.appendElement("p").addClass("mentions");
            mentions.appendText("Named in ");
            for (int i = 0; i < entry.mentions().size(); i++) {
                EditionDocument.Mention mention = entry.mentions().get(i);
                if (i > 0) {
                    mentions.appendText(", ");
                }
                mentions.appendElement("a")
                        .attr("href", "#" + mention.paragraphId())
                        .text("¶ " + mention.pinpoint());
            }
            mentions.appendText(".");
        }
        return section;
    }

    /**
     * Points each internal link at the file holding its anchor ({@code anchors}: id to file, or to
     * the empty string in a one-file edition), and unwraps a link to an anchor no page holds.
     */
    static void resolveLinks(Element body, Map<String, String> anchors) {
        for (Element link : body.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            String file = anchors.get(id);
            if (file == null) {
                link.unwrap();
            } else {
                link.attr("href", file + "#" + id);
            }
        }
    }

    /** Every anchor of {@code pages}, mapped to the file that holds it by {@code fileOf}. */
    static Map<String, String> anchors(List<Page> pages, Function<Page, String> fileOf) {
        Map<String, String> anchors = new HashMap<>();
        for (Page page : pages) {
            page.body().select("[id]").forEach(element -> anchors.putIfAbsent(element.id(), fileOf.apply(page)));
        }
        return anchors;
    }

    /** A new XHTML document with its title and language; the caller fills its head and body. */
    static Document shell(String title, String language) {
        Document document = new Document("");
        Element html = document.appendElement("html")
                .attr("xmlns", "http://www.w3.org/1999/xhtml")
                .attr("lang", language)
                .attr("xml:lang", language);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(title);
        html.appendElement("body");
        document.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        return document;
    }

    /** The document as XHTML text, with the XML declaration and the HTML doctype. */
    static String serialize(Document document) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + document.html() + "\n";
    }
}
