package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * Every published glossary entry of a site, and the automaton that finds them in text.
 *
 * <p>{@link org.paperbake.content.ContentReader} has already checked each entry on its own
 * (title, category, short definition, YAML); this class adds the checks across entries: one name
 * may not belong to two entries, because a reader could not tell which one a mention means.
 */
public final class Glossary {

    /** A site without glossary entries. */
    public static final Glossary EMPTY = new Glossary(List.of());

    private final List<Term> terms;
    private final TermMatcher matcher;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        List<TermMatcher.Name> names = new ArrayList<>();
        for (int i = 0; i < this.terms.size(); i++) {
            for (String name : namesOf(this.terms.get(i))) {
                names.add(TermMatcher.Name.of(name, i));
            }
        }
        this.matcher = new TermMatcher(names);
    }

    /** A glossary of the given terms, for tests and benchmarks; names are assumed distinct. */
    public static Glossary of(List<Term> terms) {
        return new Glossary(terms);
    }

    /**
     * The glossary of the published {@code type: term} files among {@code content}, sorted by slug.
     *
     * @throws PaperbakeException.ContentProblems when two entries claim the same name
     */
    public static Glossary load(List<ContentFile> content) {
        List<Term> terms = new ArrayList<>();
        for (ContentFile file : content) {
            if (file.type() == DocumentType.TERM && file.isPublished()) {
                String slug = file.slug().substring(file.slug().lastIndexOf('/') + 1);
                terms.add(new Term(
                        slug,
                        file.title().strip(),
                        file.category().orElseThrow(),
                        file.shortDefinition().orElseThrow().strip(),
                        file.aliases().stream().map(String::strip).toList(),
                        file.acronym().map(String::strip).orElse(""),
                        file));
            }
        }
        terms.sort(Comparator.comparing(Term::slug));
        List<Problem> problems = new ArrayList<>();
        checkNamesAreUnique(terms, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems(
                    "the glossary has " + problems.size() + " problem(s)", problems);
        }
        return new Glossary(terms);
    }

    /** The title, aliases and acronym of a term, each once. */
    static List<String> namesOf(Term term) {
        Set<String> names = new LinkedHashSet<>();
        names.add(term.title());
        names.addAll(term.aliases());
        if (!term.acronym().isEmpty()) {
            names.add(term.acronym());
        }
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }

    private static void checkNamesAreUnique(List<Term> terms, List<Problem> problems) {
        Map<String, Term> owners = new HashMap<>();
        for (Term term : terms) {
            for (String name : namesOf(term)) {
                Term owner = owners.putIfAbsent(name.toLowerCase(Locale.ROOT), term);
                if (owner != null && owner != term) {
                    // Both files are named: the editor may have just changed either of them.
                    problems.add(sameName(owner, term, name));
                    problems.add(sameName(term, owner, name));
                }
            }
        }
    }

    private static Problem sameName(Term here, Term other, String name) {
        String nameHere = namesOf(here).stream()
                .filter(n -> n.equalsIgnoreCase(name))
                .findFirst()
                .orElse(name);
        return Problem.at(
                here.file().file(),
                here.file().lineOf(keyHolding(here, nameHere)),
                "the name '" + nameHere + "' is also a name of "
                        + Problem.displayPath(other.file().file()),
                "keep it on one entry only, and remove it here or there");
    }

    private static String keyHolding(Term term, String name) {
        if (term.title().equals(name)) {
            return "title";
        }
        return term.aliases().contains(name) ? "aliases" : "acronym";
    }

    /** The entries, sorted by slug; a match's {@code term} indexes this list. */
    public List<Term> terms() {
        return terms;
    }

    /** The automaton over every name of every entry. */
    public TermMatcher matcher() {
        return matcher;
    }

    /** Whether there are no entries. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
