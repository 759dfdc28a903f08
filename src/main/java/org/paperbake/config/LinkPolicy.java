package org.paperbake.config;

import java.util.Arrays;
import java.util.List;

/**
 * Which mentions of a glossary term become links ({@code glossary.link_policy} in jbake.properties).
 *
 * <p>Every mention is listed on the term's page whatever the policy; the policy only decides how
 * many of them are links in the text, because a page where every "China" is a link reads badly.
 * An entry with {@code link: never} in its front matter is never a link, whatever the policy.
 */
public enum LinkPolicy {
    /**
     * The first mention of each term in each part (section or subsection) is a link (the default):
     * the rule of an annotated statute, where a defined term is marked where a reader may start
     * reading. On a page holding one part it is {@link #FIRST_PER_PAGE}; on the full text, each part
     * links its own first mentions, as its own page does.
     */
    FIRST_PER_SECTION("first-per-section"),
    /** The first mention of each term on a page is a link. */
    FIRST_PER_PAGE("first-per-page"),
    /** The first mention of each term in each paragraph is a link. */
    FIRST_PER_PARAGRAPH("first-per-paragraph"),
    /** Every mention is a link. */
    EVERY_MENTION("every-mention");

    /** The setting's key in jbake.properties. */
    public static final String KEY = "glossary.link_policy";

    private final String setting;

    LinkPolicy(String setting) {
        this.setting = setting;
    }

    /** The value as written in jbake.properties. */
    public String setting() {
        return setting;
    }

    /** The policy written {@code value}, or null when there is none. */
    public static LinkPolicy fromSetting(String value) {
        return Arrays.stream(values())
                .filter(policy -> policy.setting.equals(value))
                .findFirst()
                .orElse(null);
    }

    /** Every value, as written in jbake.properties. */
    public static List<String> settings() {
        return Arrays.stream(values()).map(LinkPolicy::setting).toList();
    }
}
