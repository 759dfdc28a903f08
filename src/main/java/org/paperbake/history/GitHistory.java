package org.paperbake.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Computed;

/**
 * Reads the history of the content folder from the git repository that holds it, in-process with
 * JGit: the first-parent chain of HEAD (a merged pull request is one change, as the main branch saw
 * it), oldest first, and for each commit only the content files it changed, so the work grows with
 * the length of the history and the size of each change, never with their product.
 */
public final class GitHistory {

    /** A pull request's merge commit, as GitHub writes it. */
    private static final Pattern MERGE = Pattern.compile("^Merge pull request #(\\d{1,9})\\b.*");

    /** A squash-merged pull request's title, as GitHub writes it: {@code Fix a typo (#12)}. */
    private static final Pattern SQUASHED = Pattern.compile(".*\\(#(\\d{1,9})\\)\\s*$");

    /** The longest commit title kept; the rest is cut. */
    private static final int MAX_TITLE = 200;

    static {
        NoOutsideGitConfig.install();
    }

    private GitHistory() {}

    /**
     * The history of {@code contentFolder}, or why there is none: not in a git repository, a shallow
     * clone (whose history would be a guess), no commit yet, or no commit that holds the folder.
     */
    public static Result read(Path contentFolder) {
        Path absolute = contentFolder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            return Result.unavailable("the site is not in a git repository");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return Result.unavailable("the repository has no work tree");
            }
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                return Result.unavailable("the repository is a shallow clone (check out with fetch-depth: 0)");
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Result.unavailable("the repository has no commits");
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            if (!absolute.startsWith(workTree) || absolute.equals(workTree)) {
                return Result.unavailable("the content folder is not inside the repository's work tree");
            }
            String prefix = workTree.relativize(absolute).toString().replace('\\', '/');
            History history = walk(repository, head, prefix);
            if (history.changes().isEmpty()) {
                return Result.unavailable("no commit holds " + prefix + "/");
            }
            return new Result(Optional.of(history), "");
        } catch (RepositoryNotFoundException e) {
            return Result.unavailable("the site is not in a git repository");
        } catch (IOException | RuntimeException e) {
            return Result.unavailable("the repository can't be read (" + e.getMessage() + ")");
        }
    }

    /**
     * A content folder's history as the repository's HEAD commit has it: the key under which
     * {@code serve} remembers the history between builds.
     *
     * @param contentFolder the content folder, absolute
     * @param head the HEAD commit as {@link #headOf} names it (with a shallow clone's mark)
     */
    public record At(Path contentFolder, String head) {}

    /**
     * As {@link #read(Path)}, remembered in {@code memory} under the HEAD commit: a commit's first-parent
     * chain never changes, so the history is walked again only when HEAD moves (a commit, a checkout), not on
     * every edit {@code serve} rebuilds (walking the seed's 300 commits was a fifth of such a rebuild). Without
     * a repository, or when HEAD moved while it was read, it is read every time.
     */
    public static Result read(Path contentFolder, BuildMemory memory) {
        Path absolute = contentFolder.toAbsolutePath().normalize();
        String head = headOf(absolute);
        if (head.isEmpty()) {
            return read(absolute);
        }
        return memory.<At, Result>memo(At.class).getComputed(new At(absolute, head), at -> {
            Result read = read(at.contentFolder());
            return head.equals(headOf(at.contentFolder())) ? Computed.cacheable(read) : Computed.uncacheable(read);
        });
    }

    /**
     * A history, or the reason there is none.
     *
     * @param history the history, when there is one
     * @param unavailableBecause why there is none, otherwise empty
     */
    public record Result(Optional<History> history, String unavailableBecause) {
        static Result unavailable(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }

    /** The commit the repository holding {@code contentFolder} is at, for the build cache's key; empty without one. */
    public static String headOf(Path contentFolder) {
        Path absolute = contentFolder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            return "";
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            boolean shallow =
                    !repository.getObjectDatabase().getShallowCommits().isEmpty();
            return head == null ? "" : head.name() + (shallow ? " shallow" : "");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static History walk(Repository repository, ObjectId head, String prefix) throws IOException {
        List<RevCommit> chain = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                chain.add(commit);
            }
        }
        Collections.reverse(chain);
        HistoryBuilder history = new HistoryBuilder(head.name());
        try (ObjectReader reader = repository.newObjectReader()) {
            RevCommit previous = null;
            for (RevCommit commit : chain) {
                Map<String, String[]> changed = changedFiles(repository, reader, previous, commit, prefix);
                if (!changed.isEmpty()) {
                    history.add(describe(commit), changed);
                }
                previous = commit;
            }
        }
        return history.build();
    }

    /** The content files {@code commit} changed against {@code previous}: path to {old text, new text} (null when absent). */
    private static Map<String, String[]> changedFiles(
            Repository repository, ObjectReader reader, RevCommit previous, RevCommit commit, String prefix)
            throws IOException {
        Map<String, String[]> changed = new java.util.TreeMap<>();
        try (TreeWalk tree = new TreeWalk(repository, reader)) {
            tree.setRecursive(true);
            tree.setFilter(AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            if (previous == null) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(previous.getTree());
            }
            tree.addTree(commit.getTree());
            while (tree.next()) {
                String path = tree.getPathString();
                if (!path.endsWith(".md")) {
                    continue;
                }
                changed.put(
                        path.substring(prefix.length() + 1),
                        new String[] {text(reader, tree.getObjectId(0)), text(reader, tree.getObjectId(1))});
            }
        }
        return changed;
    }

    private static String text(ObjectReader reader, ObjectId blob) throws IOException {
        if (blob.equals(ObjectId.zeroId())) {
            return null;
        }
        return new String(reader.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
    }

    /** The commit as the Changes page names it; its message and author are kept as text. */
    private static HistoryBuilder.Commit describe(RevCommit commit) {
        String message = commit.getFullMessage();
        String[] lines = message.strip().split("\n");
        String title = lines.length == 0 ? "" : lines[0].strip();
        Optional<Integer> pullRequest = Optional.empty();
        Matcher merge = MERGE.matcher(title);
        Matcher squashed = SQUASHED.matcher(title);
        if (merge.matches()) {
            pullRequest = Optional.of(Integer.parseInt(merge.group(1)));
            // GitHub puts the pull request's own title on the message's third line.
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    title = lines[i].strip();
                    break;
                }
            }
        } else if (squashed.matches()) {
            pullRequest = Optional.of(Integer.parseInt(squashed.group(1)));
        }
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE) + "…";
        }
        return new HistoryBuilder.Commit(
                commit.name(),
                Instant.ofEpochSecond(commit.getCommitTime()),
                title.isEmpty() ? "(no message)" : title,
                commit.getAuthorIdent().getName(),
                pullRequest);
    }
}
