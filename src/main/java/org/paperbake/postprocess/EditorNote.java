package org.paperbake.postprocess;

/**
 * An editor's note as the Notes page lists it.
 *
 * @param place the paragraph the note annotates (its index: the note's position on its page)
 * @param id the note's id on its page ({@code note-6-1-3})
 * @param html the note's text as rendered, without its "Editor's note" label
 */
record EditorNote(Place place, String id, String html) {

    /** The link to the note from the site root: {@code page.html#note-6-1-3}. */
    String href() {
        return place.pagePath() + "#" + id;
    }
}
