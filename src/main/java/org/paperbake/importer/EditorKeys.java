package org.paperbake.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-matter settings an editor added to an imported page (the cover's {@code issuer},
 * {@code issued}, {@code source_url}…), which a re-import keeps: the body's hash protects the
 * editor's text, and this protects the settings the importer never writes. A setting the importer
 * writes is the importer's: a re-import sets it again from the source, or leaves it out.
 */
final class EditorKeys {

    /**
     * Every setting the importer writes on some page: when a re-import leaves one out (the cover's
     * {@code parts_missing} once every part is there), it is gone, not the editor's.
     */
    private static final Set<String> IMPORTERS = Set.of(
            "title",
            "type",
            "status",
            "date",
            "order",
            "number",
            "parent",
            "publisher",
            "publication",
            "published",
            "posted",
            "updated",
            "year",
            "source_host",
            "copyright",
            "issuer",
            "standfirst",
            "part",
            "parts",
            "parts_held",
            "parts_missing",
            "part_sources",
            "source",
            "generated");

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):");
    private static final String SOURCE_LINE = "\nsource:";

    private EditorKeys() {}

    /** {@code page} with the settings only the file at {@code target} has, before its {@code source:} line. */
    static GeneratedPage keptIn(GeneratedPage page, Path target) {
        if (!Files.isRegularFile(target)) {
            return page;
        }
        String existing;
        try {
            existing = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Unreadable: the import's own check of the target reports it.
            return page;
        }
        Map<String, String> added = settings(frontMatterOf(existing));
        added.keySet().removeAll(settings(page.frontMatter()).keySet());
        added.keySet().removeAll(IMPORTERS);
        if (added.isEmpty()) {
            return page;
        }
        String front = "\n" + page.frontMatter();
        int at = front.indexOf(SOURCE_LINE);
        String inserted = String.join("", added.values());
        String merged = at < 0 ? front + inserted : front.substring(0, at + 1) + inserted + front.substring(at + 1);
        String text = "---" + merged + "---\n" + page.body();
        return new GeneratedPage(
                page.path(),
                page.type(),
                page.number(),
                page.title(),
                page.paragraphs(),
                text,
                page.seed(),
                page.continuedFrom());
    }

    private static String frontMatterOf(String file) {
        String text = file.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return "";
        }
        int close = text.indexOf("\n---\n", 3);
        return close < 0 ? "" : text.substring(4, close + 1);
    }

    /** Each top-level setting with its lines (a list or block value's indented lines included), in order. */
    private static Map<String, String> settings(String frontMatter) {
        Map<String, String> settings = new LinkedHashMap<>();
        String key = null;
        List<String> lines = new ArrayList<>();
        for (String line : frontMatter.split("\n", -1)) {
            Matcher keyLine = KEY_LINE.matcher(line);
            if (keyLine.find()) {
                if (key != null) {
                    settings.put(key, String.join("", lines));
                }
                key = keyLine.group(1);
                lines = new ArrayList<>();
            }
            if (key != null && !line.isEmpty()) {
                lines.add(line + "\n");
            }
        }
        if (key != null) {
            settings.put(key, String.join("", lines));
        }
        return settings;
    }
}
