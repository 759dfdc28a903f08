package org.paperbake.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the repository's history says about the text.
 *
 * @param changes every commit of the first-parent chain that changed the content, oldest first
 * @param versions every version of each paragraph, oldest first, under its identifier (or, for a
 *     paragraph never given one, a key of its own starting with {@code ~})
 * @param lastChange for each content file (its path inside the content folder), the change that last touched it
 * @param pastAnchors for each content file, every positional anchor its paragraphs have had, to the
 *     paragraph (key) that last had it
 * @param removed the paragraphs no longer in the text: key to the change that removed them and their last text
 * @param head the commit the history ends at
 */
public record History(
        List<Change> changes,
        Map<String, List<ParagraphVersion>> versions,
        Map<String, Change> lastChange,
        Map<String, Map<String, String>> pastAnchors,
        Map<String, Removal> removed,
        String head) {

    /** What kind of change a commit made to the text. */
    public enum Kind {
        /** Pages imported from a source document. */
        IMPORT("import"),
        /** The words of paragraphs corrected. */
        CORRECTION("correction"),
        /** Paragraphs added, removed, split, merged or moved. */
        STRUCTURE("structure"),
        /** Glossary entries added or edited. */
        GLOSSARY("glossary"),
        /** Everything else: settings, identifiers, notes — the words unchanged. */
        ANNOTATION("annotation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word the Changes page shows. */
        public String label() {
            return label;
        }
    }

    /**
     * One commit that changed the content.
     *
     * @param commit its full hash
     * @param time when it was committed
     * @param title the first line of its message (untrusted)
     * @param author its author's name (untrusted)
     * @param pullRequest the pull request it merged or names as {@code (#12)}, if any
     * @param kind what kind of change it is
     * @param paragraphs what it did to each paragraph, in file and paragraph order
     * @param files the content files it touched (paths inside the content folder)
     */
    public record Change(
            String commit,
            Instant time,
            String title,
            String author,
            Optional<Integer> pullRequest,
            Kind kind,
            List<ParagraphChange> paragraphs,
            List<String> files) {

        /** The short hash shown to readers and used in anchors. */
        public String shortCommit() {
            return commit.substring(0, 12);
        }
    }

    /** What a change did to a paragraph. */
    public enum Action {
        ADDED("added"),
        CORRECTED("corrected"),
        REMOVED("removed"),
        MOVED("moved"),
        SPLIT("split"),
        MERGED("merged"),
        IMPORTED("imported");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One paragraph's change.
     *
     * @param key the paragraph's identifier (or {@code ~} key)
     * @param file the content file it is in after the change (before, when removed)
     * @param anchor its positional anchor after the change (before, when removed)
     * @param action what happened to it
     * @param before its text before, empty when added
     * @param after its text after, empty when removed
     */
    public record ParagraphChange(String key, String file, String anchor, Action action, String before, String after) {}

    /**
     * A paragraph as one change left it.
     *
     * @param change the change
     * @param file the content file it was in
     * @param text its Markdown
     */
    public record ParagraphVersion(Change change, String file, String text) {}

    /**
     * A paragraph that is no longer in the text.
     *
     * @param change the change that removed it
     * @param file the file it was last in
     * @param anchor its last positional anchor
     * @param text its last text
     */
    public record Removal(Change change, String file, String anchor, String text) {}
}
