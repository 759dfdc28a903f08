package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions of glossary terms in one paragraph, each with the sentence around it, and the names
 * they leave uncovered.
 */
final class ParagraphMentions {

    private final Place place;
    private final String text;
    private final List<int[]> sentences;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();

    /** Mentions in the paragraph at {@code place}, whose text is {@code text}. */
    ParagraphMentions(Place place, String text) {
        this.place = place;
        this.text = text;
        this.sentences = Sentences.split(text);
    }

    /** Records {@code match}, found in a text node starting at {@code offset} in the paragraph's text. */
    void record(TermMatcher.Match match, int offset, boolean linked) {
        int start = offset + match.start();
        int end = offset + match.end();
        spans.add(new int[] {start, end});
        Sentences.Snippet snippet = Sentences.around(text, sentences, start, end);
        mentions.add(new Mention(match.term(), place, snippet, linked, match.container()));
    }

    /**
     * Records that a glossary name covers {@code match} in a text node starting at {@code offset},
     * where it is not a mention: inside a link the content wrote ("see [the page on RCEP](…)").
     */
    void cover(TermMatcher.Match match, int offset) {
        spans.add(new int[] {offset + match.start(), offset + match.end()});
    }

    /** Every mention recorded, in text order. */
    List<Mention> mentions() {
        return mentions;
    }

    /** The names in the paragraph that no recorded mention covers, in text order. */
    List<GlossaryCoverage.Uncovered> uncovered() {
        return NameFinder.candidatesIn(new ParagraphScan(place, text, spans)).stream()
                .map(found -> new GlossaryCoverage.Uncovered(found.name(), place, found.sides(), found.acronym()))
                .toList();
    }
}
