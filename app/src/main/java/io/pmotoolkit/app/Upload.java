package io.pmotoolkit.app;

import java.util.Objects;

/**
 * An input already in memory: a file uploaded to the web app, with the name it was uploaded under. Read with the
 * same reader and limits as a file on disk ({@link Toolkit#start(String, Upload)}, {@link CvRun#analyze(Upload)}),
 * and never written anywhere.
 *
 * @param name  the file name as the user gave it: named in messages and results, and its extension compared with
 *              the content
 * @param bytes the whole file
 */
public record Upload(String name, byte[] bytes) {

    /** Checks both parts are present. */
    public Upload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
