package io.pmotoolkit.cli;

import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a job advert given on the command line, with messages that say it is the advert. */
final class JobAdFiles {

    private JobAdFiles() {
    }

    static CvDocument read(CvReader reader, String arg) throws IOException {
        try {
            return "-".equals(arg) ? reader.read("stdin", System.in.readAllBytes()) : reader.read(Path.of(arg));
        } catch (CvReadException e) {
            throw new CvReadException(e.reason(), e.fileName(), "job advert: " + e.getMessage(), e);
        }
    }
}
