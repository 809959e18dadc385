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
    README("readme", "this looks like documentation (a README or a web page's source), not a CV"),
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

    /** Phrases adverts use and CVs do not. */
    private static final Set<String> ADVERT_CUES = Set.of("we are looking for", "we're looking for", "you will",
            "you'll", "the successful candidate", "about the role", "about you", "what you'll do", "what you will do",
            "key responsibilities", "person specification", "job description", "we offer", "what we offer",
            "how to apply", "apply now", "closing date", "equal opportunit", "salary", "your role", "the role",
            "essential criteria", "desirable criteria", "we are an equal", "benefits include", "you have",
            "you bring", "job title", "post title", "reporting to", "minimum qualifications",
            "preferred qualifications", "responsibilities", "requirements", "join our", "join us", "nice to have",
            "you must", "per annum", "full-time", "full time", "permanent", "we need", "you'll be", "we are a ",
            "what we are looking for", "the ideal candidate", "to apply", "urgent requirement");
    /**
     * Headings adverts use, as whole lines ("## Essential", "About you:", "Key Skills (PMO+)"). "Key skills" is a CV
     * heading too, but a CV's dated roles and sections raise the bar an advert's marks must reach.
     */
    private static final Pattern ADVERT_HEADINGS = Pattern.compile("(?i)^[#*\\s]*(essential|desirable|the role|about the role|"
            + "about you|about us|what you'?ll do|what you will do|what we offer|requirements|key requirements|"
            + "responsibilities|key responsibilities|person specification|qualifications|benefits|how to apply|"
            + "nice to have|skills and experience|who you are|the team|your responsibilities|roles and responsibilities|"
            + "desired candidate profile|candidate profile|qualification|engagement approach|job summary|"
            + "responsibilities and duties|company profile|job requirements|required skills|key skills)"
            + "[*:\\s]*(?:\\([^)]{1,20}\\))?[*:\\s]*$");
    /** A duty written in the third person, as job descriptions do: "Supports delivery leads on ...". */
    private static final Pattern THIRD_PERSON_DUTY = Pattern.compile("^[-*\u2022\\s]*(\\p{Lu}\\p{Ll}{3,}(?<![su])s)\\s+\\S+(\\s+\\S+){3,}");
    /** A salary or salary range: "£45,000–£52,000", "£95,000 + benefits", "$120k - $140k". */
    private static final Pattern SALARY = Pattern.compile(
            "[£$€]\\s?\\d{2,3}(,\\d{3}|k)\\s*(–|-|to|\\+)\\s*([£$€]?\\s?\\d{2,3}(,\\d{3}|k)|benefits)");
    private static final Pattern README_CUES = Pattern.compile(
            "(?i)^(```|~~~|\\$ |npm install|pip install|git clone|mvn |gradle |docker run|sidebar_label:|sidebar_position:|slug:|## (installation|usage|license|contributing|getting started|build)\\b|# (installation|usage|license)\\b).*");

    /**
     * Classifies a document from its text, its sections, its dated roles and its metadata. Errs towards
     * CV: only clear signals make a document something else.
     */
    static DocumentKind of(CvDocument doc, java.util.List<Section> parts, Timeline timeline, int termsFound) {
        if (doc.producer() != null && java.util.Arrays.asList(doc.producer().split("; ")).contains(TOOL_CREATOR)) {
            return OWN_OUTPUT;
        }
        for (CvLine l : doc.lines()) {
            if (isOwnSignature(l.text())) {
                return OWN_OUTPUT;
            }
        }
        boolean datedRoles = !timeline.roles().isEmpty();
        // Each sign of a CV (dated roles, experience and education sections, the person's email) asks for more
        // of an advert's marks before the document counts as one.
        int cvSigns = (datedRoles ? 1 : 0) + sections(parts, SectionKind.EXPERIENCE) + sections(parts, SectionKind.EDUCATION);
        if (cvSigns == 3) {
            return CV;  // the common case, decided without reading the text again
        }
        int readme = 0;
        int thirdPerson = 0;
        int statements = 0;
        Set<String> advertHeadings = new java.util.HashSet<>();  // each counted once, however often repeated
        StringBuilder all = new StringBuilder();
        for (CvLine l : doc.lines()) {
            String t = l.text().strip();
            if (README_CUES.matcher(t).matches()) {
                readme++;
            }
            java.util.regex.Matcher heading = ADVERT_HEADINGS.matcher(t);
            if (heading.matches()) {
                advertHeadings.add(heading.group(1).toLowerCase(Locale.ROOT));
            } else if (SALARY.matcher(t).find()) {
                advertHeadings.add("salary");
            }
            java.util.regex.Matcher duty = THIRD_PERSON_DUTY.matcher(t);
            if (duty.find() && isThirdPersonVerb(duty.group(1))) {
                thirdPerson++;
            }
            statements += t.split("\\s+").length >= 5 ? 1 : 0;
            all.append(t.toLowerCase(Locale.ROOT)).append('\n');
        }
        String text = all.toString();
        int advert = advertHeadings.size();
        for (String cue : ADVERT_CUES) {
            if (text.contains(cue)) {
                advert++;
            }
        }
        if (thirdPerson >= 4 && thirdPerson * 5 >= statements * 2) {
            advert += 2;  // most of its statements are duties in the third person
        }
        if ((readme >= 3 || readme >= 1 && advert >= 2) && !datedRoles) {
            return README;
        }
        cvSigns += io.pmotoolkit.resume.read.ContactPatterns.email(text).isPresent() ? 1 : 0;
        if (advert >= 4 + 2 * cvSigns) {
            return JOB_ADVERT;
        }
        if (termsFound >= 10 && mostlyLists(doc) && !datedRoles) {
            return TERM_LIST;
        }
        return CV;
    }

    /** The header and footer lines of this tool's text, Markdown and JSON outputs (and its question packs). */
    private static boolean isOwnSignature(String line) {
        String t = line.strip();
        if (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return t.startsWith("PMO Toolkit ·") || t.startsWith("PMO Toolkit gap report")
                || t.contains(" · skills model ") || t.contains(", skills model ")
                || t.startsWith("\"skillsModel\"") || t.startsWith("\"questionBank\"")
                || t.startsWith("Seed ") && t.contains("run again with another `--seed`");
    }

    /** "Supports", "Maintains", "Accomplishes": an action verb with the third-person -s. */
    private static boolean isThirdPersonVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String base = w.substring(0, w.length() - 1);
        return io.pmotoolkit.core.text.ActionVerbs.isActionVerb(base)
                || w.endsWith("es") && io.pmotoolkit.core.text.ActionVerbs.isActionVerb(w.substring(0, w.length() - 2));
    }

    private static int sections(java.util.List<Section> parts, SectionKind kind) {
        for (Section s : parts) {
            if (s.kind() == kind) {
                return 1;
            }
        }
        return 0;
    }

    /** Fewer than one word in eight stands in a sentence-like line ({@link ResumeAnalyzer#isSentence}). */
    private static boolean mostlyLists(CvDocument doc) {
        int words = 0;
        int inSentences = 0;
        for (CvLine l : doc.lines()) {
            String t = l.text().strip();
            int n = t.isEmpty() ? 0 : t.split("\\s+").length;
            words += n;
            if (ResumeAnalyzer.isSentence(t)) {
                inSentences += n;
            }
        }
        return words >= 30 && inSentences * 8 < words;
    }

    /** The reason for a document kind given by its id ({@code "job-advert"}), or null for a CV or an unknown id. */
    public static String reasonFor(String id) {
        for (DocumentKind k : values()) {
            if (k.id.equals(id)) {
                return k.reason;
            }
        }
        return null;
    }
}
