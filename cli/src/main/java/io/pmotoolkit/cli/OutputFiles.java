package io.pmotoolkit.cli;

import io.pmotoolkit.app.Outputs;
import java.nio.file.Path;

/** Writes text outputs through {@link Outputs} (atomically, no silent replacement, exit 5 on failure). */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes {@code content} as UTF-8; the messages name no option (a batch's own files). */
    static void write(Path target, String content, boolean force) {
        Outputs.write(target, force, null, content);
    }
}
