package io.pmotoolkit.interview;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a job advert's responsibility into a question a panel for that job would ask. */
final class AdvertQuestions {

    private static final Pattern LEADING_BULLET = Pattern.compile("^[\\s•·*\\-–]+");
    private static final Pattern FIRST_WORD = Pattern.compile("^([A-Za-z]+)(\\b.*)$", Pattern.DOTALL);

    private AdvertQuestions() {
    }

    /**
     * A question that puts the duty to the candidate, or null when the line is too short to ask about.
     *
     * @param n          1-based number of the duty, for the question id
     * @param duty       the responsibility as written ("Own the monthly portfolio dashboard in Power BI")
     * @param competency the competency it is about
     */
    static PackQuestion question(int n, String duty, Role role, String competency, SkillsModel model) {
        String clean = LEADING_BULLET.matcher(duty).replaceFirst("").strip().replaceAll("[.;]+$", "");
        if (clean.split("\\s+").length < 4) {
            return null;
        }
        String clause = asClause(clean);
        String text = "This role " + clause + ". Tell me about a time you did something like it, or, if you have "
                + "not yet, how you would take it on in your first three months.";
        String roleName = PackBuilder.shortName(role);
        Star star = new Star(
                "A time you owned or supported something like this: \"" + PackBuilder.abbreviate(clean, 90)
                        + "\". Say where, for whom, and how big it was.",
                "What you were accountable for, set against what this " + roleName + " role asks.",
                "Three or four steps you took yourself, in order; if you have not done it, the steps you would "
                        + "take here, the people you would see first and the data you would need.",
                "What changed, with a number if you have one; then one sentence on what you would do the "
                        + "same or differently in this role.");
        return PackQuestion.builder().id("advert-duty-" + n).competency(competency).text(text).reason(Reason.JOB_AD)
                .star(star)
                .followUps(List.of("What would you need from the team in your first month to do this well?",
                        "Which part of this have you not done yet, and how would you close that gap?"))
                .type(QuestionType.SITUATIONAL)
                .competencyName(model.findCompetency(competency).map(c -> c.name()).orElse(competency))
                .why("The advert names this as part of the job; the panel checks whether you have done it, or "
                        + "can show how you would.")
                .pitfalls(List.of("Describing the duty in general instead of a time you did it.",
                        "Claiming experience you do not have; a clear plan is better than a stretched example."))
                .advice("The advert lists: \"" + clean + "\". If you have done this, use that example and say so "
                        + "plainly; if not, say which part you have done and walk through how you would take on the rest.")
                .build();
    }

    /** "Own the monthly dashboard" → "owns the monthly dashboard"; a line that does not open with a verb → "includes: ...". */
    static String asClause(String duty) {
        var m = FIRST_WORD.matcher(duty);
        if (!m.matches()) {
            return "includes: " + duty;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2);
        if (!IMPERATIVES.contains(verb)) {
            return "includes: " + Character.toLowerCase(duty.charAt(0)) + duty.substring(1);
        }
        return thirdPerson(verb) + rest;
    }

    static String thirdPerson(String verb) {
        if (verb.matches(".*(s|sh|ch|x|z|o)$")) {
            return verb + "es";
        }
        if (verb.matches(".*[^aeiou]y$")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    private static final java.util.Set<String> IMPERATIVES = java.util.Set.of("own", "run", "lead", "manage",
            "maintain", "keep", "track", "support", "improve", "build", "set", "establish", "book", "collate",
            "update", "raise", "prepare", "produce", "report", "develop", "deliver", "coordinate", "co-ordinate",
            "oversee", "chair", "facilitate", "design", "define", "drive", "monitor", "review", "create", "provide",
            "work", "ensure", "analyse", "analyze", "challenge", "consolidate", "implement", "embed", "grow",
            "champion", "partner", "plan", "schedule", "forecast", "administer", "organise", "organize", "act",
            "liaise", "administrate", "help", "assist", "take", "handle", "govern", "assure");
}
