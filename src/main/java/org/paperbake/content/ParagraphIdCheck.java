package org.paperbake.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.ParagraphIds;
import org.paperbake.kernel.Problem;

/**
 * Every paragraph of the document carries an identifier of its own ({@link ParagraphIds}): this
 * finds the blocks without one, with a malformed one, and identifiers used twice in the document.
 */
public final class ParagraphIdCheck {

    /** What to do about any identifier problem. */
    static final String REPAIR =
            "run ./paperbake ids repair, which gives every such paragraph an identifier of its own";

    private ParagraphIdCheck() {}

    /** Whether the paragraphs of {@code file} carry identifiers: every document part but the cover. */
    public static boolean carriesIds(ContentFile file) {
        return file.type().isDocumentPart() && file.type() != DocumentType.DOCUMENT;
    }

    /** Whether any paragraph of {@code content} carries an identifier: whether the site has adopted them. */
    public static boolean anyIds(List<ContentFile> content) {
        return content.stream()
                .filter(ParagraphIdCheck::carriesIds)
                .map(ContentFile::body)
                // No identifier without its pilcrow: a site that has not adopted them is answered
                // without finding the blocks of every page.
                .filter(body -> body.indexOf('¶') >= 0)
                .anyMatch(body -> !ParagraphIds.idsIn(body).isEmpty());
    }

    /** A content file whose blocks are read, the key of the blocks remembered across {@code serve}'s rebuilds. */
    record BlocksOf(ContentFile file) {}

    /** What the check reads of a block: its last line in the file and its identifier, not its text. */
    private record Marked(int line, Optional<String> id) {}

    /**
     * The problems of every content file's identifiers, in path and line order. A site none of
     * whose paragraphs carries one has not adopted them yet: that is no problem of any one line.
     */
    public static List<Problem> check(List<ContentFile> content) {
        return check(content, BuildMemory.none());
    }

    /**
     * As {@link #check(List)}, each unchanged file's blocks taken from {@code memory}: an edit reads
     * the blocks of the file it changed (the seed's 80 files were 9% of a {@code serve} rebuild).
     */
    public static List<Problem> check(List<ContentFile> content, BuildMemory memory) {
        if (!anyIds(content)) {
            return List.of();
        }
        Memo<BlocksOf, List<Marked>> blocks = memory.memo(BlocksOf.class);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> firstUse = new HashMap<>();
        List<ContentFile> files = content.stream()
                .filter(ParagraphIdCheck::carriesIds)
                .sorted(Comparator.comparing(ContentFile::relativePath))
                .toList();
        for (ContentFile file : files) {
            for (Marked block : blocks.get(new BlocksOf(file), ParagraphIdCheck::marked)) {
                int line = block.line();
                if (block.id().isEmpty()) {
                    problems.add(
                            Problem.at(
                                    file.file(),
                                    line,
                                    "this paragraph has no identifier (a closing <!-- ¶ … --> comment)",
                                    REPAIR
                                            + " (or leave the comment at the end of the paragraph's last line when you edit it)"));
                    continue;
                }
                String id = block.id().get();
                String here = Problem.displayPath(file.file()) + ":" + line;
                if (!ParagraphIds.WELL_FORMED.matcher(id).matches()) {
                    problems.add(Problem.at(
                            file.file(),
                            line,
                            "the paragraph identifier '" + id + "' is not five letters and digits of base 32",
                            REPAIR));
                    continue;
                }
                String first = firstUse.putIfAbsent(id, here);
                if (first != null) {
                    problems.add(Problem.at(
                            file.file(),
                            line,
                            "the paragraph identifier '" + id + "' is also used at " + first
                                    + " (a paragraph copied or split with its comment)",
                            REPAIR + "; the first one keeps it, so links to it keep their paragraph"));
                }
            }
        }
        return problems;
    }

    private static List<Marked> marked(BlocksOf of) {
        ContentFile file = of.file();
        return ParagraphIds.blocks(file.body()).stream()
                .map(block -> new Marked(file.bodyLine() + block.lastLine() - 1, block.id()))
                .toList();
    }
}
