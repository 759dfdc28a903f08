package org.paperbake.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.paperbake.config.EditionSettings;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.Problem;

/**
 * The point-in-time editions of a site, read in-process with JGit: the tags that the settings name
 * and the days they list, each resolved to a commit, and each commit's content folder written into
 * a folder of its own beside the current templates and assets, for the pipeline to build as a site.
 */
public final class PointInTime {

    /** Where the editions are published; {@code editions/} holds the EPUB and PDF files. */
    public static final String FOLDER = "versions";

    /** The name the comparisons give the current text. */
    static final String CURRENT = "current";

    /** The folder inside {@link #FOLDER} holding the comparisons. */
    static final String COMPARE = "compare";

    /** At most this many editions are built (the newest): each is a build of the whole site. */
    public static final int MAX_EDITIONS = 50;

    /** The longest folder name made from an edition's name, before its hash. */
    private static final int MAX_FOLDER = 40;

    private PointInTime() {}

    /**
     * One point-in-time edition.
     *
     * @param name its name: the tag, or the day listed (untrusted text, shown escaped)
     * @param folder its folder below {@code versions/}: letters, digits, '.' and '-' only
     * @param commit the commit whose text it is
     * @param time when that commit was made
     * @param asOf the day it is the text of: the day listed, or the commit's day
     * @param dated whether it comes from {@code editions.dates} rather than a tag
     */
    public record Edition(String name, String folder, String commit, Instant time, LocalDate asOf, boolean dated) {

        /** The short hash shown to readers. */
        public String shortCommit() {
            return commit.substring(0, 12);
        }
    }

    /**
     * The editions to build, or why there are none.
     *
     * @param editions the editions, oldest first
     * @param none why there are none (no tag, nothing listed), else empty; empty too without a
     *     history, which the history stage reports
     * @param problems days listed in the settings that no commit is as old as
     * @param leftOut one line for each tag left out, and why
     */
    public record Plan(List<Edition> editions, String none, List<Problem> problems, List<String> leftOut) {}

    /** The editions {@code config} asks for. Never throws: without a readable history there are none. */
    public static Plan plan(SiteConfig config) {
        EditionSettings settings = EditionSettings.of(config);
        if (settings.tagPattern().isEmpty() && settings.dates().isEmpty()) {
            return none("editions.tags is none and editions.dates lists no day");
        }
        Optional<Repo> opened = Repo.open(config.contentFolder());
        if (opened.isEmpty()) {
            // The history stage has said once why there is no history; no second line says it again.
            return none("");
        }
        try (Repo repo = opened.get()) {
            return repo.plan(settings);
        } catch (IOException | RuntimeException e) {
            return none("the repository can't be read (" + e.getMessage() + ")");
        }
    }

    /**
     * What the editions of {@code config} are made of, for the build cache's key: each tag the
     * settings name with the commit it points at. The days listed are in the settings and resolve
     * against HEAD, both already in the key.
     */
    public static String cacheKey(SiteConfig config) {
        EditionSettings settings = EditionSettings.of(config);
        Optional<Repo> opened = Repo.open(config.contentFolder());
        if (opened.isEmpty()) {
            return "";
        }
        try (Repo repo = opened.get()) {
            StringBuilder key = new StringBuilder();
            repo.tags(settings)
                    .forEach((name, id) ->
                            key.append(name).append('=').append(id).append('\n'));
            return key.toString();
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /**
     * Writes into the empty folder {@code site} a site to build as {@code edition}: the settings,
     * templates, assets and data of today (so that the edition looks as the site does), and the
     * content folder as {@code edition}'s commit held it.
     */
    public static void writeSite(Edition edition, SiteConfig config, Path site) {
        Optional<Repo> opened = Repo.open(config.contentFolder());
        if (opened.isEmpty()) {
            throw new UncheckedIOException(new IOException("the repository can no longer be read"));
        }
        Path project = config.sourceFolder();
        try (Repo repo = opened.get()) {
            Files.createDirectories(site);
            Files.copy(config.file(), site.resolve(SiteConfig.FILE_NAME));
            for (Path folder : List.of(config.templateFolder(), config.assetFolder(), config.dataFolder())) {
                if (Files.isDirectory(folder)) {
                    FileTrees.copy(folder, site.resolve(project.relativize(folder)));
                }
            }
            Path content = site.resolve(project.relativize(config.contentFolder()));
            Files.createDirectories(content);
            repo.writeContent(ObjectId.fromString(edition.commit()), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Plan none(String reason) {
        return new Plan(List.of(), reason, List.of(), List.of());
    }

    /**
     * A folder name for an edition's name that no name can turn into a path elsewhere: lower-case
     * letters, digits, '.' and '-', at most {@value #MAX_FOLDER} characters, never starting with
     * '.'; a name that had to be changed (or is taken) gets the start of its hash, so two names
     * never share a folder.
     */
    static String folderOf(String name, Set<String> taken) {
        String safe =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("-{2,}", "-");
        safe = safe.replaceAll("^[.-]+", "").replaceAll("[.-]+$", "");
        if (safe.length() > MAX_FOLDER) {
            safe = safe.substring(0, MAX_FOLDER).replaceAll("[.-]+$", "");
        }
        String hash = sha256(name);
        String folder = safe;
        int length = 8;
        if (!safe.equals(name) || safe.isEmpty() || safe.equals(CURRENT) || safe.equals(COMPARE)) {
            folder = (safe.isEmpty() ? "edition" : safe) + "-" + hash.substring(0, length);
        }
        while (taken.contains(folder)) {
            length = Math.min(hash.length(), length + 8);
            folder = (safe.isEmpty() ? "edition" : safe) + "-" + hash.substring(0, length)
                    + (length == hash.length() ? "-" + taken.size() : "");
        }
        taken.add(folder);
        return folder;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The repository holding a content folder, and the folder's path inside it. */
    private static final class Repo implements AutoCloseable {
        private final Repository repository;
        private final String prefix;

        private Repo(Repository repository, String prefix) {
            this.repository = repository;
            this.prefix = prefix;
        }

        /** The repository, unless the history is unavailable (the history stage says why, once). */
        static Optional<Repo> open(Path contentFolder) {
            Path absolute = contentFolder.toAbsolutePath().normalize();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repository = null;
            try {
                repository = builder.setMustExist(true).build();
                Path workTree = repository.isBare()
                        ? null
                        : repository.getWorkTree().toPath().toAbsolutePath().normalize();
                if (workTree == null
                        || !repository.getObjectDatabase().getShallowCommits().isEmpty()
                        || repository.resolve(Constants.HEAD) == null
                        || !absolute.startsWith(workTree)
                        || absolute.equals(workTree)) {
                    repository.close();
                    return Optional.empty();
                }
                String prefix = workTree.relativize(absolute).toString().replace('\\', '/');
                return Optional.of(new Repo(repository, prefix));
            } catch (IOException | RuntimeException e) {
                if (repository != null) {
                    repository.close();
                }
                return Optional.empty();
            }
        }

        /** The tags the settings name, by name, each with the commit it points at. */
        TreeMap<String, String> tags(EditionSettings settings) throws IOException {
            TreeMap<String, String> tags = new TreeMap<>();
            if (settings.tagPattern().isEmpty()) {
                return tags;
            }
            try (RevWalk walk = new RevWalk(repository)) {
                for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                    String name = ref.getName().substring(Constants.R_TAGS.length());
                    if (!settings.isEditionTag(name) || ref.getObjectId() == null) {
                        continue;
                    }
                    try {
                        tags.put(name, walk.parseCommit(ref.getObjectId()).name());
                    } catch (IncorrectObjectTypeException | MissingObjectException e) {
                        tags.put(name, "");
                    }
                }
            }
            return tags;
        }

        Plan plan(EditionSettings settings) throws IOException {
            // Only a listed day needs the first-parent chain, whose walk was most of the plan serve makes each rebuild.
            List<RevCommit> chain = settings.dates().isEmpty() ? List.of() : firstParentChain();
            List<Edition> editions = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repository)) {
                for (var tag : tags(settings).entrySet()) {
                    String name = tag.getKey();
                    if (tag.getValue().isEmpty()) {
                        leftOut.add("tag '" + printable(name) + "' left out: it does not point at a commit");
                    } else if (name.codePoints().anyMatch(Character::isISOControl) || name.length() > 300) {
                        leftOut.add("tag '" + printable(name) + "' left out: its name has control characters or is"
                                + " longer than 300 characters; rename the tag");
                    } else {
                        RevCommit commit = walk.parseCommit(ObjectId.fromString(tag.getValue()));
                        if (!holdsContent(commit)) {
                            leftOut.add("tag '" + printable(name) + "' left out: its commit has no " + prefix + "/");
                        } else {
                            Instant time = Instant.ofEpochSecond(commit.getCommitTime());
                            editions.add(new Edition(
                                    name, "", commit.name(), time, LocalDate.ofInstant(time, ZoneOffset.UTC), false));
                        }
                    }
                }
            }
            for (EditionSettings.Dated dated : settings.dates()) {
                Optional<RevCommit> asOf = lastOnOrBefore(chain, dated.date());
                if (asOf.isEmpty() || !holdsContent(asOf.get())) {
                    String first = chain.isEmpty()
                            ? "the first commit"
                            : "the first commit ("
                                    + LocalDate.ofInstant(
                                            Instant.ofEpochSecond(chain.get(0).getCommitTime()), ZoneOffset.UTC)
                                    + ")";
                    problems.add(Problem.at(
                            dated.file(),
                            dated.line(),
                            "'" + EditionSettings.DATES + "' lists " + dated.date() + ", which is before " + first
                                    + (asOf.isPresent() ? " of the content folder" : ""),
                            "remove the day, or list one on or after the first commit that holds " + prefix + "/"));
                    continue;
                }
                RevCommit commit = asOf.get();
                editions.add(new Edition(
                        dated.date().toString(),
                        "",
                        commit.name(),
                        Instant.ofEpochSecond(commit.getCommitTime()),
                        dated.date(),
                        true));
            }
            editions.sort(Comparator.comparing(Edition::asOf)
                    .thenComparing(Edition::time)
                    .thenComparing(Edition::name));
            if (editions.size() > MAX_EDITIONS) {
                int dropped = editions.size() - MAX_EDITIONS;
                leftOut.add(dropped + " older edition(s) left out: at most " + MAX_EDITIONS + " are built");
                editions = new ArrayList<>(editions.subList(dropped, editions.size()));
            }
            Set<String> taken = new HashSet<>();
            List<Edition> named = new ArrayList<>();
            for (Edition edition : editions) {
                named.add(new Edition(
                        edition.name(),
                        folderOf(edition.name(), taken),
                        edition.commit(),
                        edition.time(),
                        edition.asOf(),
                        edition.dated()));
            }
            String none = named.isEmpty() && problems.isEmpty()
                    ? (settings.tagPattern().isEmpty() ? "no" : "no tag matches " + settings.tagPattern() + " and no")
                            + " day is listed in " + EditionSettings.DATES
                    : "";
            return new Plan(List.copyOf(named), none, problems, leftOut);
        }

        private List<RevCommit> firstParentChain() throws IOException {
            List<RevCommit> chain = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repository)) {
                walk.setFirstParent(true);
                walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
                for (RevCommit commit : walk) {
                    chain.add(commit);
                }
            }
            // Oldest first.
            java.util.Collections.reverse(chain);
            return chain;
        }

        /** The last commit of the chain made on or before the end of {@code day} (UTC). */
        private static Optional<RevCommit> lastOnOrBefore(List<RevCommit> chain, LocalDate day) {
            long end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            RevCommit found = null;
            for (RevCommit commit : chain) {
                if (commit.getCommitTime() < end) {
                    found = commit;
                }
            }
            return Optional.ofNullable(found);
        }

        private boolean holdsContent(RevCommit commit) throws IOException {
            try (TreeWalk tree = TreeWalk.forPath(repository, prefix, commit.getTree())) {
                return tree != null && tree.getFileMode(0) == FileMode.TREE;
            }
        }

        /** Writes every regular file of the content folder at {@code commit} into {@code into}. */
        void writeContent(ObjectId commit, Path into) throws IOException {
            try (RevWalk walk = new RevWalk(repository);
                    ObjectReader reader = repository.newObjectReader();
                    TreeWalk tree = new TreeWalk(repository, reader)) {
                tree.addTree(walk.parseCommit(commit).getTree());
                tree.setRecursive(true);
                tree.setFilter(PathFilter.create(prefix));
                Path root = into.toAbsolutePath().normalize();
                while (tree.next()) {
                    FileMode mode = tree.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                        // A symbolic link or submodule is never followed out of the commit.
                        continue;
                    }
                    String path = tree.getPathString().substring(prefix.length() + 1);
                    Path file = root.resolve(path).normalize();
                    if (!file.startsWith(root)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    Files.write(
                            file,
                            reader.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes());
                }
            }
        }

        @Override
        public void close() {
            repository.close();
        }
    }

    /** A name as a log line may show it: control characters made visible, cut at 80 characters. */
    public static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 80 ? shown + "…" : shown.toString();
    }
}
