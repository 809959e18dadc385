package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.text.ActionVerbs;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a match in a CV line that make it nobody's evidence, from the skills model's data: an
 * aspiration cue before it in the same sentence ("I want to move into a role with more data analysis",
 * "ran workshops on negotiation"), an organisation word just after it ("Base Information Management Pvt.
 * Ltd.") or a training record's line, a course's length beside its provider's name ("Negotiation skill &amp; Acme
 * Pvt Ltd, 2 days"). CV-side only: an advert's "we would like to see PRINCE2" is a requirement, so the matcher itself does
 * not apply these.
 *
 * <p>Immutable and thread-safe; build one per model.
 */
final class NotEvidence {

    /** The cues as one pattern, or null when the model has none. */
    private final Pattern cues;
    /** Each cue's first word, for a cheap test before the pattern (most lines hold no cue). */
    private final List<String> cueFirstWords;
    private final Set<String> organisationWords;

    private NotEvidence(Pattern cues, List<String> cueFirstWords, Set<String> organisationWords) {
        this.cues = cues;
        this.cueFirstWords = cueFirstWords;
        this.organisationWords = organisationWords;
    }

    static NotEvidence of(SkillsModel model) {
        List<String> cues = model.aspirationCues();
        Pattern pattern = null;
        if (!cues.isEmpty()) {
            StringBuilder b = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < cues.size(); i++) {
                b.append(i == 0 ? "" : "|").append(Pattern.quote(cues.get(i)).replace(" ", "\\E\\s+\\Q"));
            }
            pattern = Pattern.compile(b.append(")(?![\\p{L}\\p{N}])").toString());
        }
        List<String> firstWords = cues.stream().map(c -> c.indexOf(' ') < 0 ? c : c.substring(0, c.indexOf(' ')))
                .distinct().toList();
        return new NotEvidence(pattern, firstWords, Set.copyOf(model.organisationWords()));
    }

    /** A course's length: "2 days", "1 Day", "3 hours", "7 days'"; English time words, not vocabulary. */
    private static final Pattern COURSE_LENGTH =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}.])\\d{1,3}\\s*(?:days?|hours?|hrs|weeks?)(?!\\p{L})");
    /** Credentials and degrees: a course that leads to one is how it is gained, so it stays evidence. */
    private static final Set<String> CREDENTIAL_COMPETENCIES = Set.of("certifications", "education-development");

    /** The test for the matches of one line. */
    Line in(String line) {
        boolean mayHoldCue = false;
        if (cues != null) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String w : cueFirstWords) {
                if (lower.contains(w)) {
                    mayHoldCue = true;
                    break;
                }
            }
        }
        return new Line(line, mayHoldCue, COURSE_LENGTH.matcher(line).find() && namesOrganisation(line));
    }

    /**
     * Whether a capitalised organisation word stands in the line as a word of its own ("Kubler Automation Pvt
     * Ltd") and no word says what was done ("Cut the close at Acme Ltd by 2 days" is a result, not a course).
     */
    private boolean namesOrganisation(String line) {
        boolean organisation = false;
        for (String w : line.split("[^\\p{L}]+")) {
            if (ActionVerbs.isPastForm(w)) {
                return false;
            }
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 2
                    && organisationWords.contains(w.toLowerCase(Locale.ROOT))) {
                organisation = true;
            }
        }
        return organisation;
    }

    /** One CV line. */
    final class Line {
        private final String text;
        private final boolean mayHoldCue;
        /**
         * A line of a training record: a course's length and its provider's name ("Negotiation skill &amp; Acme
         * Automation Pvt Ltd., 2 days"). The topic of a course attended is not a skill shown.
         */
        private final boolean trainingRecord;

        private Line(String text, boolean mayHoldCue, boolean trainingRecord) {
            this.text = text;
            this.mayHoldCue = mayHoldCue;
            this.trainingRecord = trainingRecord;
        }

        /** Whether the match is a goal, a topic taught or attended on a course, or part of an organisation's name. */
        boolean excludes(KeywordMatch m) {
            return mayHoldCue && afterCue(m.start()) || inOrganisationName(m.end())
                    || trainingRecord && !CREDENTIAL_COMPETENCIES.contains(m.keyword().competency());
        }

        /** Whether an aspiration cue stands before {@code at} in the same sentence. */
        private boolean afterCue(int at) {
            int from = 0;
            for (int i = at - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\u2022') {
                    from = i + 1;
                    break;
                }
            }
            return cues.matcher(text).region(from, at).find();
        }

        /**
         * Whether a two-letter organisation word ("Co") is rather the prefix of an ordinary word: written in
         * lower case or joined to what follows by a hyphen ("in co ordination with", "co-operative").
         */
        private boolean wordPrefix(int start, int end) {
            return end - start <= 2 && (Character.isLowerCase(text.charAt(start))
                    || end < text.length() && text.charAt(end) == '-');
        }

        /** Whether one of the next four words after {@code end}, before any comma, ends an organisation's name. */
        private boolean inOrganisationName(int end) {
            if (organisationWords.isEmpty()) {
                return false;
            }
            int words = 0;
            int i = end;
            while (i < text.length() && words < 4) {
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return false;  // a comma, a bracket or the end: the phrase stops here
                }
                if (organisationWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))
                        && !wordPrefix(start, i)) {
                    return true;
                }
                while (i < text.length() && text.charAt(i) == '.') {
                    i++;
                }
                words++;
            }
            return false;
        }
    }
}
