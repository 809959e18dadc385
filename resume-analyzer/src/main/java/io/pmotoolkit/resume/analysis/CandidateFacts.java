package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.core.model.Background;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis.BackgroundRef;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the top of a CV and its job titles say about the person. */
final class CandidateFacts {

    private CandidateFacts() {
    }

    /**
     * The background whose signals (job titles, phrases) appear most in the header, profile and the
     * non-bullet lines of the experience sections, the latest roles weighing more. Null when none do. Asked
     * only of a CV that names no current PMO role ({@link #currentPmoRole}): such a candidate has a level,
     * not a route in.
     */
    static BackgroundRef background(SkillsModel model, List<Section> sections) {
        // The lines that can name a background, lower-cased without PMO job titles, with their weight:
        // the first three title lines of the experience sections 3, later ones 1, header and profile 2.
        List<String> texts = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int titleLines = 0;
        for (Section s : sections) {
            boolean experience = s.kind().isExperienceLike();
            if (!experience && s.kind() != SectionKind.HEADER && s.kind() != SectionKind.PROFILE) {
                continue;
            }
            for (NumberedLine nl : s.lines()) {
                if (experience && nl.line().bullet()) {
                    continue;
                }
                if (experience) {
                    titleLines++;
                }
                texts.add(nl.text());
                lowered.add(withoutPmoTitles(model, nl.text().toLowerCase(Locale.ROOT)));
                weights.add(experience ? (titleLines <= 3 ? 3.0 : 1.0) : 2.0);
            }
        }
        Background best = null;
        double bestScore = 0;
        String bestEvidence = null;
        for (Background b : model.backgrounds()) {
            double score = 0;
            String evidence = null;
            for (int i = 0; i < lowered.size(); i++) {
                for (String signal : b.signals()) {
                    if (containsPhrase(lowered.get(i), signal.toLowerCase(Locale.ROOT))) {
                        score += weights.get(i);
                        if (evidence == null) {
                            evidence = texts.get(i).strip();
                        }
                        break;
                    }
                }
            }
            if (score > bestScore) {
                best = b;
                bestScore = score;
                bestEvidence = evidence;
            }
        }
        return best == null ? null : new BackgroundRef(best.id(), best.name(), bestEvidence);
    }

    /**
     * The role whose job titles name the most recent role of the CV (the first title line of the
     * experience sections), or null: someone already in a PMO has a level rather than a route in.
     */
    static io.pmotoolkit.core.model.Role currentPmoRole(SkillsModel model, List<Section> sections,
                                                        List<CvStructure.Employment> roles) {
        CvStructure.Employment latest = latest(roles);
        if (latest != null && latest.title() != null) {
            return pmoRole(model, latest.title().toLowerCase(Locale.ROOT));
        }
        for (Section s : sections) {
            if (!s.kind().isExperienceLike()) {
                continue;
            }
            for (NumberedLine nl : s.lines()) {
                if (nl.line().bullet()) {
                    continue;
                }
                return pmoRole(model, nl.text().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** The current role, or else the one that started last: a CV may list its roles in any order. */
    private static CvStructure.Employment latest(List<CvStructure.Employment> roles) {
        CvStructure.Employment best = null;
        for (CvStructure.Employment r : roles) {
            if (best == null || r.current() && !best.current()
                    || r.current() == best.current() && r.start() != null
                    && (best.start() == null || r.start().compareTo(best.start()) > 0)) {
                best = r;
            }
        }
        return best;
    }

    /** The PMO role whose longest job title the lower-cased text holds, or null. */
    private static io.pmotoolkit.core.model.Role pmoRole(SkillsModel model, String lower) {
        io.pmotoolkit.core.model.Role found = null;
        int longest = 0;
        for (var role : model.roles()) {
            for (String title : role.titles()) {
                String t = title.toLowerCase(Locale.ROOT);
                if (t.length() > longest && containsPhrase(lower, t)) {
                    found = role;
                    longest = t.length();
                }
            }
        }
        return found;
    }

    private static String withoutPmoTitles(SkillsModel model, String lower) {
        String out = lower;
        for (var role : model.roles()) {
            for (String title : role.titles()) {
                out = out.replace(title.toLowerCase(Locale.ROOT), " ");
            }
        }
        return out;
    }

    private static boolean containsPhrase(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end))
                    || (text.charAt(end) == 's' && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1))));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }
}
