package io.pmotoolkit.resume.sections;

import io.pmotoolkit.resume.read.CvLine;

/**
 * A CV line with its position.
 *
 * @param number 1-based index of the line in {@code CvDocument.lines()}, as shown to users
 * @param line   the line
 */
public record NumberedLine(int number, CvLine line) {

    public String text() {
        return line.text();
    }
}
