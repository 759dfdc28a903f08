package org.paperbake;

import java.nio.file.Path;
import java.util.List;

/** The flags every test starts headless Chromium with: no sandbox, no GPU, and no network of its own. */
public final class ChromiumFlags {

    private ChromiumFlags() {}

    /** Headless and offline (no background networking, updates or sync), with its profile in {@code profile}. */
    public static List<String> headlessOffline(Path profile) {
        return List.of(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
    }
}
