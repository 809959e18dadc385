package io.pmotoolkit.resume.match;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.text.WordPattern;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a job title, the advert's or the CV's, on the PMO ladder (the skills model's role levels): the role whose
 * title it holds (the longest), else the highest rung whose {@code ladderWords} it holds ("Project Coordinator" is
 * level 1, "Senior PMO Lead" level 3). The same rule for both sides, so that the two levels compare. Immutable and
 * thread-safe.
 */
public final class Ladder {

    /** What a title loses before it is compared: brackets, what follows a dash or comma, seniority and contract words. */
    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile(
            "(?i)\\s*([(\\[].*?[)\\]]|[–—|,-].*$|\\b(senior|junior|interim|contract|temporary|graduate)\\b)");

    private final List<Role> roles;
    private final List<String> pmoWork;

    Ladder(SkillsModel model) {
        this.roles = model.roles();
        this.pmoWork = model.pmoWork();
    }

    /**
     * A title without seniority and qualifiers, as compared with another: "Senior PMO Analyst (12-month contract)"
     * gives "PMO Analyst"; empty when nothing is left.
     */
    public static String core(String title) {
        return title == null ? "" : NOISE.matcher(title).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Whether {@code held} holds the core of {@code wanted}, as whole words. */
    boolean names(String held, String wanted) {
        String core = core(wanted);
        return held != null && !core.isEmpty() && holds(held, core);
    }

    /** Whether the title names PMO work: one of the roles' titles, or a PMO phrase ({@code pmoWork}). */
    boolean isPmoWork(String title) {
        if (title == null) {
            return false;
        }
        return roles.stream().anyMatch(r -> r.titles().stream().anyMatch(t -> holds(title, t)))
                || pmoWork.stream().anyMatch(w -> holds(title, w));
    }

    /** The rung the title names, or empty when neither a role title nor a ladder word is in it. */
    Optional<Role> rung(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Role found = null;
        int longest = 0;
        for (Role r : roles) {
            for (String t : r.titles()) {
                if (t.length() > longest && holds(title, t)) {
                    found = r;
                    longest = t.length();
                }
            }
        }
        if (found != null) {
            return Optional.of(found);
        }
        for (Role r : roles) {
            if ((found == null || r.level() > found.level()) && r.ladderWords().stream().anyMatch(w -> holds(title, w))) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The ladder's top level ("level 3 of 4"). */
    int top() {
        return roles.stream().mapToInt(Role::level).max().orElse(0);
    }

    private static boolean holds(String text, String phrase) {
        return WordPattern.whole(List.of(phrase.toLowerCase(Locale.ROOT)), true, true).matcher(text).find();
    }
}
