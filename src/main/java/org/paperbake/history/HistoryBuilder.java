package org.paperbake.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.paperbake.history.History.Action;
import org.paperbake.history.History.Change;
import org.paperbake.history.History.Kind;
import org.paperbake.history.History.ParagraphChange;
import org.paperbake.history.History.ParagraphVersion;
import org.paperbake.history.History.Removal;
import org.paperbake.kernel.ParagraphIds;

/**
 * Builds a {@link History} one commit at a time, oldest first. Paragraphs are followed by their
 * permanent identifier; a paragraph without one (history from before identifiers, or a new one not
 * yet repaired) is followed by its text, then by its likeness to a paragraph of the previous
 * version, and takes the identifier a later version gives it.
 */
final class HistoryBuilder {

    /** How alike two texts' words must be for the one to be the other corrected. */
    private static final double ALIKE = 0.5;

    /**
     * A commit as the history shows it.
     *
     * @param commit its hash
     * @param time its commit time
     * @param title its title, or its pull request's
     * @param author its author's name
     * @param pullRequest its pull request, if known
     */
    record Commit(String commit, Instant time, String title, String author, Optional<Integer> pullRequest) {}

    /** A paragraph in the current state of a file: its key and text. */
    private record Current(String key, Optional<String> anchor, String text) {}

    private final String head;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, List<ParagraphVersion>> versions = new HashMap<>();
    private final Map<String, Change> lastChange = new TreeMap<>();
    private final Map<String, Map<String, String>> pastAnchors = new TreeMap<>();
    private final Map<String, Removal> removed = new HashMap<>();
    private final Map<String, List<Current>> files = new HashMap<>();
    /** Which file each paragraph key is in now. */
    private final Map<String, String> fileOfKey = new HashMap<>();
    /** Keys given to paragraphs without an identifier, renamed when one is given. */
    private final Map<String, String> renamed = new HashMap<>();

    private int anonymous;

    HistoryBuilder(String head) {
        this.head = head;
    }

    /** Adds one commit's changed files (path to {old, new} text, null when absent), in path order. */
    void add(Commit commit, Map<String, String[]> changed) {
        List<ParagraphChange> paragraphs = new ArrayList<>();
        boolean imported = false;
        boolean onlyGlossary = true;
        Map<String, List<Current>> after = new LinkedHashMap<>();
        Set<String> removedHere = new HashSet<>();
        for (Map.Entry<String, String[]> file : changed.entrySet()) {
            String path = file.getKey();
            Paragraphs.Version before = file.getValue()[0] == null ? null : Paragraphs.read(file.getValue()[0]);
            Paragraphs.Version now = file.getValue()[1] == null ? null : Paragraphs.read(file.getValue()[1]);
            boolean term = path.startsWith("glossary/") || (now != null ? now.isTerm() : before.isTerm());
            onlyGlossary &= term;
            if (now != null
                    && now.generated().isPresent()
                    && (before == null || !now.generated().equals(before.generated()))) {
                imported = true;
            }
            if (term || !numbered(before) && !numbered(now)) {
                continue;
            }
            List<Current> next = compare(path, now, paragraphs, removedHere, imported);
            after.put(path, next);
        }
        Set<String> moved = new HashSet<>();
        paragraphs.stream().filter(p -> p.action() == Action.MOVED).forEach(p -> moved.add(p.key()));
        paragraphs.removeIf(p -> p.action() == Action.REMOVED && moved.contains(p.key()));
        removedHere.removeAll(moved);
        Kind kind = kindOf(paragraphs, imported, onlyGlossary);
        Change change = new Change(
                commit.commit(),
                commit.time(),
                commit.title(),
                commit.author(),
                commit.pullRequest(),
                kind,
                List.copyOf(paragraphs),
                List.copyOf(changed.keySet()));
        changes.add(change);
        changed.keySet().forEach(path -> lastChange.put(path, change));
        record(change, after, removedHere);
    }

    /** Whether a version's paragraphs are the document's, numbered and identified: not the cover, a listing or a term. */
    private static boolean numbered(Paragraphs.Version version) {
        return version != null && Set.of("section", "subsection", "page").contains(version.type());
    }

    /**
     * The file's new paragraphs matched with its old ones (and with paragraphs of other files, for
     * a move), what happened to each added to {@code paragraphs}.
     */
    private List<Current> compare(
            String path,
            Paragraphs.Version now,
            List<ParagraphChange> paragraphs,
            Set<String> removedHere,
            boolean imported) {
        List<Current> old = files.getOrDefault(path, List.of());
        List<Paragraphs.Para> fresh = now == null ? List.of() : now.paragraphs();
        String[] keys = new String[fresh.size()];
        boolean[] oldMatched = new boolean[old.size()];
        Map<String, Integer> oldByKey = new HashMap<>();
        for (int i = 0; i < old.size(); i++) {
            oldByKey.put(old.get(i).key(), i);
        }
        // 1. The same identifier.
        for (int i = 0; i < fresh.size(); i++) {
            Optional<String> id = fresh.get(i).id();
            if (id.isPresent() && oldByKey.containsKey(id.get()) && !oldMatched[oldByKey.get(id.get())]) {
                keys[i] = id.get();
                oldMatched[oldByKey.get(id.get())] = true;
            }
        }
        // 2. The same words, then 3. like words, for paragraphs without a matching identifier.
        matchByText(old, fresh, keys, oldMatched, true);
        matchByText(old, fresh, keys, oldMatched, false);
        List<Current> next = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Paragraphs.Para para = fresh.get(i);
            String key = keys[i];
            Action action;
            String before = "";
            if (key != null) {
                Current was = old.get(oldByKey.get(key));
                before = was.text();
                action = ParagraphIds.strip(was.text()).equals(ParagraphIds.strip(para.text()))
                        ? null
                        : Action.CORRECTED;
                if (para.id().isPresent() && !para.id().get().equals(key)) {
                    key = rename(key, para.id().get());
                }
            } else if (para.id().isPresent() && fileOfKey.containsKey(para.id().get())) {
                key = para.id().get();
                action = Action.MOVED;
                before = textOf(key);
            } else {
                key = para.id().orElseGet(() -> "~" + (++anonymous));
                action = imported ? Action.IMPORTED : Action.ADDED;
            }
            next.add(new Current(key, para.anchor(), para.text()));
            if (action != null) {
                paragraphs.add(new ParagraphChange(key, path, para.anchor().orElse(""), action, before, para.text()));
            }
        }
        for (int i = 0; i < old.size(); i++) {
            if (!oldMatched[i]) {
                Current gone = old.get(i);
                removedHere.add(gone.key());
                paragraphs.add(new ParagraphChange(
                        gone.key(), path, gone.anchor().orElse(""), Action.REMOVED, gone.text(), ""));
            }
        }
        markSplitsAndMerges(paragraphs);
        return next;
    }

    private void matchByText(
            List<Current> old, List<Paragraphs.Para> fresh, String[] keys, boolean[] oldMatched, boolean exact) {
        int from = 0;
        for (int i = 0; i < fresh.size(); i++) {
            if (keys[i] != null) {
                continue;
            }
            Optional<String> id = fresh.get(i).id();
            // A paragraph with an identifier the old version didn't have is only matched by its words
            // when the old one had no identifier either (identifiers given to existing paragraphs).
            for (int j = from; j < old.size(); j++) {
                Current candidate = old.get(j);
                if (oldMatched[j] || (id.isPresent() && !candidate.key().startsWith("~"))) {
                    continue;
                }
                String a = ParagraphIds.strip(candidate.text());
                String b = ParagraphIds.strip(fresh.get(i).text());
                if (exact ? a.equals(b) : likeness(a, b) >= ALIKE) {
                    keys[i] = candidate.key();
                    oldMatched[j] = true;
                    from = exact ? 0 : j + 1;
                    break;
                }
            }
        }
    }

    /** A removed paragraph whose words went into an added one and a corrected one is a split. */
    private static void markSplitsAndMerges(List<ParagraphChange> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphChange change = paragraphs.get(i);
            if (change.action() == Action.ADDED) {
                for (ParagraphChange other : paragraphs) {
                    if (other.action() == Action.CORRECTED && contains(other.before(), change.after())) {
                        paragraphs.set(i, with(change, Action.SPLIT));
                        break;
                    }
                }
            } else if (change.action() == Action.REMOVED) {
                for (ParagraphChange other : paragraphs) {
                    if (other.action() == Action.CORRECTED && contains(other.after(), change.before())) {
                        paragraphs.set(i, with(change, Action.MERGED));
                        break;
                    }
                }
            }
        }
    }

    /** Whether {@code whole} holds {@code part}'s words in order, whatever the punctuation between them. */
    private static boolean contains(String whole, String part) {
        String words = wordsOf(part);
        return !words.isEmpty() && (" " + wordsOf(whole) + " ").contains(" " + words + " ");
    }

    private static String wordsOf(String text) {
        return ParagraphIds.strip(text)
                .replace("**", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static ParagraphChange with(ParagraphChange change, Action action) {
        return new ParagraphChange(
                change.key(), change.file(), change.anchor(), action, change.before(), change.after());
    }

    /** The share of words two texts have in common (Dice's coefficient over their word sets). */
    static double likeness(String a, String b) {
        Set<String> first = new HashSet<>(List.of(a.toLowerCase().split("\\W+")));
        Set<String> second = new HashSet<>(List.of(b.toLowerCase().split("\\W+")));
        first.remove("");
        second.remove("");
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String word : first) {
            if (second.contains(word)) {
                common++;
            }
        }
        return 2.0 * common / (first.size() + second.size());
    }

    private static Kind kindOf(List<ParagraphChange> paragraphs, boolean imported, boolean onlyGlossary) {
        if (onlyGlossary) {
            return Kind.GLOSSARY;
        }
        if (imported) {
            return Kind.IMPORT;
        }
        // An editor's note added, changed or removed annotates the text; it changes none of its words.
        List<ParagraphChange> text =
                paragraphs.stream().filter(p -> !isEditorsNote(p)).toList();
        boolean structure = text.stream().anyMatch(p -> p.action() != Action.CORRECTED);
        if (structure) {
            return Kind.STRUCTURE;
        }
        return text.isEmpty() ? Kind.ANNOTATION : Kind.CORRECTION;
    }

    /** Whether a change is to a {@code > [!NOTE]} block, whose text starts with its marker. */
    private static boolean isEditorsNote(ParagraphChange change) {
        String text = change.after().isEmpty() ? change.before() : change.after();
        return text.startsWith("[!");
    }

    private String rename(String from, String to) {
        List<ParagraphVersion> moved = versions.remove(from);
        if (moved != null) {
            versions.computeIfAbsent(to, k -> new ArrayList<>()).addAll(0, moved);
        }
        renamed.put(from, to);
        String file = fileOfKey.remove(from);
        if (file != null) {
            fileOfKey.put(to, file);
        }
        return to;
    }

    private String textOf(String key) {
        List<ParagraphVersion> list = versions.get(key);
        return list == null || list.isEmpty() ? "" : list.get(list.size() - 1).text();
    }

    /** Makes the files' new states current; records versions, past anchors and removals. */
    private void record(Change change, Map<String, List<Current>> after, Set<String> removedHere) {
        Set<String> present = new HashSet<>();
        for (Map.Entry<String, List<Current>> file : after.entrySet()) {
            String path = file.getKey();
            List<Current> previous = files.getOrDefault(path, List.of());
            Map<String, String> previousText = new HashMap<>();
            previous.forEach(p -> previousText.put(resolve(p.key()), p.text()));
            Map<String, String> anchors = pastAnchors.computeIfAbsent(path, p -> new TreeMap<>());
            for (Current paragraph : file.getValue()) {
                present.add(paragraph.key());
                paragraph.anchor().ifPresent(anchor -> anchors.put(anchor, paragraph.key()));
                boolean same = paragraph.text().equals(previousText.get(paragraph.key()))
                        && path.equals(fileOfKey.get(paragraph.key()));
                if (!same) {
                    versions.computeIfAbsent(paragraph.key(), k -> new ArrayList<>())
                            .add(new ParagraphVersion(change, path, paragraph.text()));
                }
                fileOfKey.put(paragraph.key(), path);
                removed.remove(paragraph.key());
            }
            if (file.getValue().isEmpty()) {
                files.remove(path);
            } else {
                files.put(path, file.getValue());
            }
        }
        for (ParagraphChange paragraph : change.paragraphs()) {
            if ((paragraph.action() == Action.REMOVED || paragraph.action() == Action.MERGED)
                    && !present.contains(paragraph.key())
                    && removedHere.contains(paragraph.key())) {
                removed.put(
                        paragraph.key(), new Removal(change, paragraph.file(), paragraph.anchor(), paragraph.before()));
                fileOfKey.remove(paragraph.key());
            }
        }
    }

    History build() {
        Map<String, Map<String, String>> anchors = new TreeMap<>();
        pastAnchors.forEach((path, map) -> {
            Map<String, String> resolved = new TreeMap<>();
            map.forEach((anchor, key) -> resolved.put(anchor, resolve(key)));
            anchors.put(path, resolved);
        });
        Map<String, Removal> gone = new TreeMap<>();
        removed.forEach((key, removal) -> gone.put(resolve(key), removal));
        // A paragraph added without an identifier and given one later is named by it in every change.
        List<Change> resolved = new ArrayList<>();
        for (Change change : changes) {
            List<ParagraphChange> paragraphs = change.paragraphs().stream()
                    .map(p -> new ParagraphChange(
                            resolve(p.key()), p.file(), p.anchor(), p.action(), p.before(), p.after()))
                    .toList();
            resolved.add(new Change(
                    change.commit(),
                    change.time(),
                    change.title(),
                    change.author(),
                    change.pullRequest(),
                    change.kind(),
                    paragraphs,
                    change.files()));
        }
        return new History(List.copyOf(resolved), Map.copyOf(versions), lastChange, anchors, gone, head);
    }

    private String resolve(String key) {
        String resolved = key;
        while (renamed.containsKey(resolved)) {
            resolved = renamed.get(resolved);
        }
        return resolved;
    }
}
