package io.pmotoolkit.resume.sections;

import java.util.List;

/**
 * A run of CV lines under one heading.
 *
 * @param kind    the recognised kind
 * @param heading the heading as written ({@code ""} for the {@link SectionKind#HEADER} block)
 * @param lines   the lines under the heading, not including the heading itself
 */
public record Section(SectionKind kind, String heading, List<NumberedLine> lines) {

    public Section {
        lines = List.copyOf(lines);
    }
}
