package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.paperbake.config.LinkPolicy;

/**
 * Finds glossary terms in the body paragraphs of a document page and decides, under the link
 * policy, which mentions become links: never a name inside a longer name ("Cuba" in "China-Cuba
 * Internet Development Forum"), never an entry marked {@code link: never}, and otherwise as
 * {@link LinkPolicy} says (a part is an {@code article.document-part}).
 *
 * <p>Only numbered body paragraphs ({@code p.para}) are read: headings, navigation, existing links
 * and the pinpoint numbers are not ({@link ParagraphText}). Each text node is read once by the
 * {@link TermMatcher}; what is found goes, in the same pass, to {@link TermReferences} (the
 * links), {@link ParagraphMentions} (the mentions and the names they leave uncovered) and
 * {@link DatedStatementFinder} (the dates), so that each paragraph's text is read only once.
 */
public final class TermLinker {

    /**
     * What a page yields.
     *
     * @param mentions every mention, in text order
     * @param dates every dated statement
     * @param uncovered the names no glossary entry covers, paragraph by paragraph in text order
     */
    public record Findings(
            List<Mention> mentions, List<DatedStatement> dates, List<GlossaryCoverage.Uncovered> uncovered) {}

    private final Glossary glossary;
    private final LinkPolicy policy;

    /**
     * One copy of each name, spelling and date label the findings hold: a site's findings are held
     * from the first pass to the end of the post-process, and the same few names and labels recur
     * in hundreds of thousands of them (470,000 uncovered sightings of about a hundred names at
     * 10,000 pages).
     */
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    /** A linker for {@code glossary}'s terms under {@code policy}. */
    public TermLinker(Glossary glossary, LinkPolicy policy) {
        this.glossary = glossary;
        this.policy = policy;
    }

    /**
     * Links the terms of {@code page}, a page whose pinpoints are in place.
     *
     * @param page the parsed page
     * @param pageTemplate the page's place, with the paragraph fields empty
     * @param root the relative path from the page to the site root ("" or "../")
     */
    public Findings linkTerms(Document page, Place pageTemplate, String root) {
        List<Mention> mentions = new ArrayList<>();
        List<DatedStatement> dates = new ArrayList<>();
        List<GlossaryCoverage.Uncovered> uncovered = new ArrayList<>();
        Set<Integer> linkedOnPage = new HashSet<>();
        Map<Element, Set<Integer>> linkedBySection = new IdentityHashMap<>();
        TermReferences references = new TermReferences(glossary, root);
        int index = 0;
        for (Element paragraph : page.select("article.document-part p.para")) {
            index++;
            Element section = paragraph.closest("article.document-part");
            Set<Integer> linkedInSection = linkedBySection.computeIfAbsent(section, s -> new HashSet<>());
            Place place = placeOf(paragraph, index, pageTemplate);
            ParagraphText text = ParagraphText.of(paragraph);
            ParagraphMentions found = new ParagraphMentions(place, text.text());
            Set<Integer> linkedInParagraph = new HashSet<>();
            for (int i = 0; i < text.linkable().size(); i++) {
                TextNode node = text.linkable().get(i);
                List<TermMatcher.Match> matches = glossary.matcher().findAll(node.getWholeText());
                List<TermMatcher.Match> linked = new ArrayList<>();
                for (TermMatcher.Match match : matches) {
                    boolean linkIt = !match.nested()
                            && glossary.terms().get(match.term()).linked()
                            && shouldLink(match.term(), linkedOnPage, linkedInSection, linkedInParagraph);
                    found.record(match, text.offsetOf(i), linkIt);
                    if (linkIt) {
                        linked.add(match);
                    }
                }
                references.link(node, linked);
            }
            for (int i = 0; i < text.inLinks().size(); i++) {
                for (TermMatcher.Match match :
                        glossary.matcher().findAll(text.inLinks().get(i).getWholeText())) {
                    found.cover(match, text.inLinkOffsetOf(i));
                }
            }
            mentions.addAll(found.mentions());
            dates.addAll(DatedStatementFinder.findIn(text.text(), place));
            // Found here, on all cores, rather than keeping every paragraph's text for a check at the end.
            uncovered.addAll(found.uncovered());
        }
        references.appendDefinitionsTo(page);
        return new Findings(
                mentions.stream().map(this::sharing).toList(),
                dates.stream().map(this::sharing).toList(),
                uncovered.stream().map(this::sharing).toList());
    }

    private String share(String text) {
        String held = shared.putIfAbsent(text, text);
        return held == null ? text : held;
    }

    private Mention sharing(Mention mention) {
        Sentences.Snippet snippet = mention.snippet();
        return new Mention(
                mention.term(),
                mention.place(),
                new Sentences.Snippet(snippet.before(), share(snippet.mention()), snippet.after()),
                mention.linked(),
                mention.container());
    }

    private DatedStatement sharing(DatedStatement date) {
        return new DatedStatement(
                date.startYear(),
                date.startMonth(),
                date.endYear(),
                date.endMonth(),
                date.ongoing(),
                share(date.label()),
                date.sentence(),
                date.place());
    }

    private GlossaryCoverage.Uncovered sharing(GlossaryCoverage.Uncovered name) {
        return new GlossaryCoverage.Uncovered(
                share(name.name()),
                name.place(),
                name.sides().stream().map(this::share).toList(),
                share(name.acronym()));
    }

    /** The place of the {@code index}th body paragraph of the page at {@code pageTemplate}. */
    private static Place placeOf(Element paragraph, int index, Place pageTemplate) {
        Element pin = paragraph.selectFirst("a.pin");
        String label = pin == null ? String.valueOf(index) : PinpointAnchors.labelOf(pin);
        return new Place(
                pageTemplate.pagePath(),
                pageTemplate.pageTitle(),
                pageTemplate.pageNumber(),
                pageTemplate.pageOrder(),
                paragraph.id(),
                label,
                index);
    }

    private boolean shouldLink(
            int term, Set<Integer> linkedOnPage, Set<Integer> linkedInSection, Set<Integer> linkedInParagraph) {
        return switch (policy) {
            case EVERY_MENTION -> true;
            case FIRST_PER_PARAGRAPH -> linkedInParagraph.add(term);
            case FIRST_PER_SECTION -> linkedInSection.add(term);
            case FIRST_PER_PAGE -> linkedOnPage.add(term);
        };
    }
}
