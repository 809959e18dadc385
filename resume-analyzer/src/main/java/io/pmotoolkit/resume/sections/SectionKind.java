package io.pmotoolkit.resume.sections;

import java.util.Locale;

/** The kinds of CV section the analyzer recognises from headings. */
public enum SectionKind {
    /** Everything before the first heading: name, contact details, headline. */
    HEADER,
    PROFILE,
    EXPERIENCE,
    PROJECTS,
    ACHIEVEMENTS,
    EDUCATION,
    CERTIFICATIONS,
    SKILLS,
    VOLUNTEERING,
    LANGUAGES,
    INTERESTS,
    REFERENCES,
    OTHER;

    /** Sections whose lines describe work done: each bullet there is classified achievement or duty. */
    public boolean isExperienceLike() {
        return this == EXPERIENCE || this == PROJECTS || this == ACHIEVEMENTS || this == VOLUNTEERING;
    }

    /** Sections that list skills or credentials rather than describe work. */
    public boolean isListLike() {
        return this == SKILLS || this == CERTIFICATIONS || this == LANGUAGES || this == INTERESTS;
    }

    /** Lower-case name for JSON and text output ({@code "experience"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
