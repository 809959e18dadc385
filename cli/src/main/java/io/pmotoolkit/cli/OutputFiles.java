package io.pmotoolkit.cli;

import io.pmotoolkit.pdfkit.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/** Writes text outputs atomically (temporary file beside the target, then moved into place). */
final class OutputFiles {

    private OutputFiles() {
    }

    static void write(Path target, String content, boolean force) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(target, force, out -> out.write(bytes));
        } catch (FileAlreadyExistsException e) {
            throw new PmoCommand.OutputException(target + " already exists: pass --force to replace it, or choose another name", e);
        } catch (IOException e) {
            throw new PmoCommand.OutputException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
