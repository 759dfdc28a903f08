package org.paperbake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The commits of a test's scripted git history, on a fixed clock: a day a commit from 1 March 2026,
 * so the same script gives the same history whenever the test runs.
 */
public final class ScriptedHistory {

    private int clock;

    /** Stages every change under {@code pathspec} (additions, edits, removals) and commits it as {@code author}. */
    public void commit(Git git, String pathspec, String message, String author) throws Exception {
        git.add().addFilepattern(pathspec).call();
        git.add().addFilepattern(pathspec).setUpdate(true).call();
        PersonIdent person = person(author);
        git.commit().setMessage(message).setAuthor(person).setCommitter(person).call();
    }

    /** Makes {@code site} a repository on {@code main} whose one commit holds all of it. */
    public void importInto(Path site, String message) throws Exception {
        try (Git git =
                Git.init().setDirectory(site.toFile()).setInitialBranch("main").call()) {
            commit(git, ".", message, "Importer");
        }
    }

    /** The next day's signature for {@code name}. */
    public PersonIdent person(String name) {
        clock++;
        return new PersonIdent(
                name,
                "editor@example.org",
                Date.from(Instant.parse("2026-03-01T10:00:00Z").plusSeconds(86_400L * clock)),
                TimeZone.getTimeZone("UTC"));
    }
}
