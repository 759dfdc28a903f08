package org.paperbake.importer;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the lead-in sentence the official layout sets in bold: a subjectless verb phrase opening a
 * paragraph, such as "Taking an active part in the formulation of regional cyberspace governance
 * rules." This is a heuristic; every lead-in found is reported as a guess.
 */
final class LeadIns {

    /** Longer than this, an opening sentence is body text rather than a heading-like lead-in. */
    private static final int MAX_LENGTH = 400;

    private static final Pattern GERUND = Pattern.compile("[A-Z][a-z]{2,}ing");
    private static final Pattern ADVERB = Pattern.compile("[A-Z][a-z]{2,}ly");
    private static final Pattern LOWER_GERUND = Pattern.compile("[a-z]{3,}ing");

    /** Words that end like a gerund or an adverb but open sentences that have a subject. */
    private static final Set<String> NOT_VERB_PHRASE_OPENERS = Set.of(
            "During",
            "According",
            "Regarding",
            "Concerning",
            "Including",
            "Excluding",
            "Following",
            "Considering",
            "Notwithstanding",
            "Pending",
            "Nothing",
            "Something",
            "Anything",
            "Everything",
            "Beijing",
            "Nanjing",
            "Chongqing",
            "Xinjiang",
            "Morning",
            "Evening",
            "Spring",
            "String",
            "Ceiling",
            "Only",
            "Early",
            "Family",
            "Italy",
            "July",
            "Daily",
            "Supply",
            "Assembly",
            "Rally",
            "Reply",
            "Likely");

    /** A finite verb means the gerund is the subject of a full sentence, not a lead-in. */
    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\s(is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must|does|do|did)\\s");

    /** "Upholding X, it joins …": a participle phrase followed by a main clause. */
    private static final Pattern CLAUSE_AFTER_COMMA =
            Pattern.compile(",\\s+(it|we|they|he|she|China|this|these|there|its|our|their)\\s");

    /** Words after which a full stop does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "St", "e.g", "i.e", "etc", "vs", "Art", "Vol", "Co", "Ltd", "Inc");

    private LeadIns() {}

    /** The paragraph's lead-in sentence, full stop included, or empty when it has none. */
    static Optional<String> find(String paragraph) {
        int end = firstSentenceEnd(paragraph);
        if (end < 0 || end > MAX_LENGTH) {
            return Optional.empty();
        }
        String sentence = paragraph.substring(0, end);
        boolean verbPhrase = opensWithVerbPhrase(sentence)
                && !FINITE_VERB.matcher(sentence).find()
                && !CLAUSE_AFTER_COMMA.matcher(sentence).find();
        return verbPhrase ? Optional.of(sentence) : Optional.empty();
    }

    private static boolean opensWithVerbPhrase(String sentence) {
        String[] words = sentence.split("\\s+", 3);
        String first = words[0];
        if (NOT_VERB_PHRASE_OPENERS.contains(first)) {
            return false;
        }
        if (GERUND.matcher(first).matches()) {
            return true;
        }
        return ADVERB.matcher(first).matches()
                && words.length > 1
                && LOWER_GERUND.matcher(words[1]).matches();
    }

    /**
     * The index just after the full stop ending the first sentence, when more text follows it (a
     * lead-in is always followed by the paragraph's body); -1 otherwise.
     */
    private static int firstSentenceEnd(String text) {
        int from = 0;
        while (true) {
            int stop = text.indexOf(". ", from);
            if (stop < 0) {
                return -1;
            }
            int next = stop + 2;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (next < text.length() && startsSentence(text.charAt(next)) && !isAbbreviation(text, stop)) {
                return stop + 1;
            }
            from = stop + 1;
        }
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C';
    }

    private static boolean isAbbreviation(String text, int stop) {
        int wordStart = text.lastIndexOf(' ', stop - 1) + 1;
        String word = text.substring(wordStart, stop);
        // A single capital ("U.S", "J") is an initial, not a sentence end.
        boolean initial = word.length() >= 1
                && Character.isUpperCase(word.charAt(word.length() - 1))
                && (word.length() == 1 || word.charAt(word.length() - 2) == '.');
        return initial || ABBREVIATIONS.contains(word);
    }
}
