package org.paperbake.importer;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh project for each test of importing parts: its content and seeds folders, and the importer. */
abstract class ImportFolders {

    @TempDir
    Path project;

    Path content;
    Path seeds;
    final Importer importer = new Importer();

    @BeforeEach
    void folders() {
        content = project.resolve("content");
        seeds = project.resolve("seeds");
    }

    /** Imports {@code files} together, refusing to overwrite edited pages. */
    ImportReport importing(Path... files) {
        return importer.importFiles(List.of(files), content, seeds, false);
    }
}
