package org.paperbake.history;

import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit's view of the machine with no configuration but the repository's own: no system, user
 * ({@code ~/.gitconfig}) or JGit ({@code ~/.config/jgit}) file is read or written.
 *
 * <p>Why: JGit finds the system configuration by running {@code git --version} and {@code git
 * config --system --show-origin --list} (FS.discoverGitSystemConfig) — two processes, about a
 * fifth of a second, on every build, which issue 15 forbids — and a user's settings would make the
 * history, and so the site, depend on the machine it is built on. The history needs only the
 * repository's objects and refs.
 */
final class NoOutsideGitConfig extends SystemReader.Delegate {

    private static boolean installed;

    private NoOutsideGitConfig(SystemReader delegate) {
        super(delegate);
    }

    /** Makes every JGit call in this JVM use it; idempotent. */
    static synchronized void install() {
        if (!installed) {
            SystemReader.setInstance(new NoOutsideGitConfig(SystemReader.getInstance()));
            installed = true;
        }
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return new Empty(parent, fs);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
        return new FileSystemAssumed(parent, fs);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
        return new Empty(parent, fs);
    }

    /**
     * The user's configuration, where JGit looks up what it measured of each file system's timestamps:
     * without it, it measures them by writing probe files into {@code .git} and waiting for their
     * times to tick (up to seconds). It is given JGit's own fallback instead — a two-second
     * resolution, the most cautious: a file changed within two seconds of being read is read
     * again, which only costs a rebuild a little time, never a wrong history.
     */
    private static final class FileSystemAssumed extends Empty {
        FileSystemAssumed(Config parent, FS fs) {
            super(parent, fs);
        }

        @Override
        public long getTimeUnit(String section, String subsection, String name, long defaultValue, TimeUnit unit) {
            if ("filesystem".equals(section) && "timestampResolution".equals(name)) {
                return unit.convert(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION);
            }
            if ("filesystem".equals(section) && "minRacyThreshold".equals(name)) {
                return 0;
            }
            return super.getTimeUnit(section, subsection, name, defaultValue, unit);
        }
    }

    /** A configuration backed by no file: loads nothing, saves nothing, is never out of date. */
    private static class Empty extends FileBasedConfig {
        Empty(Config parent, FS fs) {
            super(parent, null, fs);
        }

        @Override
        public void load() {
            // Nothing outside the repository is read.
        }

        @Override
        public void save() {
            // Nor written: JGit stores what it measured of the file system here.
        }

        @Override
        public boolean isOutdated() {
            return false;
        }
    }
}
