package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.resume.checks.Timeline;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a document given as a CV really is. A job advert, a README, this tool's own report or question pack,
 * or a page that is nothing but lists of terms would otherwise score like a CV: its terms are not evidence
 * of anyone's experience. Such a document is analysed with a warning and no score, and a folder batch
 * skips it.
 */
public enum DocumentKind {
    CV("cv", null),
    OWN_OUTPUT("pmo-toolkit-output", "this is a report or question pack made by PMO Toolkit, not a CV: analyse the CV it was made from"),
    JOB_ADVERT("job-advert", "this looks like a job advert, not a CV: give it with --job-ad, next to your CV"),
    README("readme", "this looks like software documentation (a README), not a CV"),
    TERM_LIST("term-list", "this is mostly lists of terms with hardly any sentences about work done, so the terms it names are not evidence: give a CV that describes your experience");

    private final String id;
    private final String reason;

    DocumentKind(String id, String reason) {
        this.id = id;
        this.reason = reason;
    }

    /** The id used in JSON ({@code "cv"}, {@code "job-advert"}...). */
    public String id() {
        return id;
    }

    /** Why a document of this kind is not analysed as a CV; null for a CV. */
    public String reason() {
        return reason;
    }

    public boolean isCv() {
        return this == CV;
    }

    /** The warning shown for a document that is not a CV. */
    public Optional<String> warning() {
        return reason == null ? Optional.empty() : Optional.of("Not a CV: " + reason + ". Not scored.");
    }

    // ---------------------------------------------------------------------------------------------

    /** The creator and author every PDF this tool writes names (the gap report, the question pack). */
    static final String TOOL_CREATOR = "PMO Toolkit";

    /** Lines this tool writes at the top or foot of every report, pack and text output. */
    private static final Pattern OWN_SIGNATURE = Pattern.compile(
            "^(#\\s*)?PMO Toolkit\\b.*|.*\\bpmo \\d+\\.\\d+\\.\\d+ · skills model .*|.*\\bskills model \\d{4}\\.\\d+\\.\\d+\\b.*");
    /** Phrases adverts use and CVs do not. */
    private static final Set<String> ADVERT_CUES = Set.of("we are looking for", "we're looking for", "you will",
            "you'll", "the successful candidate", "about the role", "about you", "what you'll do", "what you will do",
            "key responsibilities", "person specification", "job description", "we offer", "what we offer",
            "how to apply", "apply now", "closing date", "equal opportunit", "salary", "your role", "the role",
            "essential criteria", "desirable criteria", "we are an equal", "benefits include", "you have",
            "you bring", "job title", "post title", "reporting to", "minimum qualifications",
            "preferred qualifications", "responsibilities", "requirements", "join our", "join us");
    private static final Pattern README_CUES = Pattern.compile(
            "(?i)^(```|~~~|\\$ |npm install|pip install|git clone|mvn |gradle |docker run|## (installation|usage|license|contributing|getting started|build)\\b|# (installation|usage|license)\\b).*");

    /**
     * Classifies a document from its text, its sections, its dated roles and its metadata. Errs towards
     * CV: only clear signals make a document something else.
     */
    static DocumentKind of(CvDocument doc, java.util.List<Section> parts, Timeline timeline, int termsFound) {
        if (doc.producer() != null && java.util.Arrays.asList(doc.producer().split("; ")).contains(TOOL_CREATOR)) {
            return OWN_OUTPUT;
        }
        int signatures = 0;
        int readme = 0;
        int advert = 0;
        StringBuilder all = new StringBuilder();
        for (CvLine l : doc.lines()) {
            String t = l.text().strip();
            if (OWN_SIGNATURE.matcher(t).matches()) {
                signatures++;
            }
            if (README_CUES.matcher(t).matches()) {
                readme++;
            }
            all.append(t.toLowerCase(Locale.ROOT)).append('\n');
        }
        if (signatures > 0) {
            return OWN_OUTPUT;
        }
        String text = all.toString();
        for (String cue : ADVERT_CUES) {
            if (text.contains(cue)) {
                advert++;
            }
        }
        boolean datedRoles = !timeline.roles().isEmpty();
        if (readme >= 3 && !datedRoles) {
            return README;
        }
        if (advert >= 4 && (!datedRoles || advert >= 8) && !hasCvHeadings(parts)) {
            return JOB_ADVERT;
        }
        if (termsFound >= 10 && mostlyLists(doc) && !datedRoles) {
            return TERM_LIST;
        }
        return CV;
    }

    private static boolean hasCvHeadings(java.util.List<Section> parts) {
        int n = 0;
        for (Section s : parts) {
            if (s.kind() == SectionKind.EXPERIENCE || s.kind() == SectionKind.EDUCATION) {
                n++;
            }
        }
        return n >= 2;
    }

    /** Fewer than one word in eight stands in a sentence-like line (eight words or more, not a comma list). */
    private static boolean mostlyLists(CvDocument doc) {
        int words = 0;
        int inSentences = 0;
        for (CvLine l : doc.lines()) {
            String t = l.text().strip();
            int n = t.isEmpty() ? 0 : t.split("\\s+").length;
            words += n;
            int commas = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ',' || c == '|' || c == ';' || c == '\u2022' || c == '\u00b7') {
                    commas++;
                }
            }
            if (n >= 8 && commas * 3 < n) {
                inSentences += n;
            }
        }
        return words >= 30 && inSentences * 8 < words;
    }
}
