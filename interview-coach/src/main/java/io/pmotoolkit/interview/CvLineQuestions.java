package io.pmotoolkit.interview;

import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.text.OutcomeWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one of the candidate's CV lines into the question a panel would ask about it, with a STAR scaffold
 * that says what the line already gives (the action, the result) and what the candidate must add (the
 * situation, their own part, how the result was measured). Stateless and thread-safe.
 */
final class CvLineQuestions {

    /** The parts of a CV line: what was done, what came of it, how, and with whom. */
    record Parts(String headline, String action, String result, String partner) {
    }

    private enum Kind { BUILT, CHANGED, LED, DEVELOPED_PEOPLE, OTHER }

    private static final Set<String> BUILT_VERBS = Set.of("designed", "introduced", "built", "created", "developed",
            "set", "established", "implemented", "launched", "rolled", "automated", "wrote", "standardised",
            "standardized", "redesigned", "defined", "produced");
    private static final Set<String> CHANGE_VERBS = Set.of("cut", "reduced", "saved", "improved", "increased",
            "shortened", "halved", "streamlined", "raised", "lowered", "recovered", "grew", "doubled", "accelerated");
    private static final Set<String> LED_VERBS = Set.of("led", "delivered", "managed", "ran", "directed", "oversaw",
            "coordinated", "chaired", "headed", "completed", "migrated", "moved");
    private static final Set<String> PEOPLE_VERBS = Set.of("coached", "mentored", "trained", "recruited",
            "line-managed", "supervised", "onboarded", "inducted");

    /** Clauses that start the outcome of a line ("..., finishing 6 weeks early"). */
    private static final Pattern OUTCOME_CLAUSE = Pattern.compile(
            ",? (?:" + OutcomeWords.alternation("cvLineOpeners") + ")\\b"
                    + "| that (?=(?:" + OutcomeWords.alternation("cvLineThatVerbs") + ")\\b)"
                    + "| (?=(?:" + OutcomeWords.alternation("cvLineStates") + ")\\b)");
    private static final Pattern BY = Pattern.compile(" by (?=\\p{Ll}+ing\\b)");
    private static final Pattern WITH = Pattern.compile(" with (the [^,;]+?|[^,;]*?team[^,;]*?)(?=[,;.]|$| to | on | for )");
    private static final Pattern FROM_TO = Pattern.compile("from (.+?) to (.+)");

    private CvLineQuestions() {
    }

    static Parts split(String line) {
        String text = line.strip().replaceAll("[.\\s]+$", "");
        String partner = null;
        Matcher w = WITH.matcher(text);
        if (w.find()) {
            partner = w.group(1);
        }
        int semi = text.indexOf("; ");
        if (semi > 0) {
            return new Parts(text, text.substring(0, semi), text.substring(semi + 2), partner);
        }
        Matcher by = BY.matcher(text);
        if (by.find()) {
            String result = text.substring(0, by.start());
            return new Parts(result, text.substring(by.end()), result, partner);
        }
        Matcher outcome = OUTCOME_CLAUSE.matcher(text);
        if (outcome.find() && outcome.start() > 0) {
            String rest = text.substring(outcome.end()).strip();
            String lead = outcome.group().replaceFirst("^,? ", "").strip();
            String result = lead.equals("that") || lead.equals("so that") || lead.equals("which") || lead.isEmpty()
                    || lead.equals("resulting in") ? rest : lead + " " + rest;
            return new Parts(text, text.substring(0, outcome.start()), result.strip(), partner);
        }
        return new Parts(text, text, null, partner);
    }

    /** The line with its first word made to follow "you" ("Led a team" becomes "led a team"). */
    static String asYouClause(String text, String actionVerb) {
        String first = text.split("\\s+", 2)[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
        if (acronym || actionVerb == null || !first.equalsIgnoreCase(actionVerb)) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static Kind kind(LineResult line, Parts parts) {
        String verb = line.actionVerb() == null ? "" : line.actionVerb().toLowerCase(Locale.ROOT);
        if (PEOPLE_VERBS.contains(verb)) {
            return Kind.DEVELOPED_PEOPLE;
        }
        if (BUILT_VERBS.contains(verb)) {
            return Kind.BUILT;
        }
        if (CHANGE_VERBS.contains(verb) || fromTo(line) != null) {
            return Kind.CHANGED;
        }
        if (LED_VERBS.contains(verb)) {
            return Kind.LED;
        }
        return Kind.OTHER;
    }

    private static String[] fromTo(LineResult line) {
        for (String m : line.metrics()) {
            Matcher f = FROM_TO.matcher(m);
            if (f.matches()) {
                return new String[] {f.group(1), f.group(2)};
            }
        }
        return null;
    }

    /**
     * The question about this line.
     *
     * @param line           the CV line, as analysed
     * @param competency     the competency the line shows best for the role
     * @param competencyName its name for people
     * @param roleName       the short name of the target role ("PMO Manager")
     */
    static PackQuestion question(LineResult line, String competency, String competencyName, String roleName) {
        Parts parts = split(line.text());
        Kind kind = kind(line, parts);
        String headline = asYouClause(parts.headline(), line.actionVerb());
        boolean semicolon = line.text().contains("; ");
        if (semicolon) {
            headline = asYouClause(parts.action(), line.actionVerb()) + ", and that " + parts.result();
        }
        String prompt = switch (kind) {
            case BUILT -> "What problem were you solving, and how did you get people to actually use it?";
            case CHANGED -> "Walk me through how you did it, and how you know the change came from your work.";
            case LED -> "What was your own part in that, and what nearly knocked it off course?";
            case DEVELOPED_PEOPLE -> "How did you go about it, and how did you decide what each person needed?";
            case OTHER -> "Walk me through what you did and what changed because of it.";
        };
        String text = "Your CV says you " + headline + ". " + prompt;

        String[] fromTo = fromTo(line);
        String situation = "Not in the line yet: the starting point. In two sentences, say where you were, what was "
                + "wrong or at stake before you began, and who felt it"
                + (fromTo != null ? " (why " + fromTo[0] + " was a problem, and for whom)." : ".");
        String task = parts.partner() != null
                ? "Not in the line yet: your own brief. The line says you did this with " + parts.partner()
                        + ": make clear which part was yours, and whether you were asked or spotted the need yourself."
                : "Not in the line yet: your own brief. Say whether you were asked to do this or spotted the need "
                        + "yourself, and what you alone were accountable for.";
        String action = "The line gives the action: \"" + parts.action() + "\". Break it into three or four steps you "
                + "took yourself (say \"I\", not \"we\"), including one obstacle and how you got past it.";
        String result;
        if (parts.result() != null) {
            result = "The line gives the result: \"" + parts.result() + "\". Add how it was measured and what it "
                    + "made possible afterwards, for the business or for the people involved.";
        } else if (!line.metrics().isEmpty()) {
            result = "The line gives the scale (" + String.join(", ", line.metrics()) + ") but not the outcome: say "
                    + "what changed because of your work, with a number if you can.";
        } else {
            result = "The line states no result yet: say what changed because of your work, with a number if you "
                    + "can (time, money, quality, adoption).";
        }

        List<String> followUps = new ArrayList<>();
        String measured = fromTo != null ? "\"" + "from " + fromTo[0] + " to " + fromTo[1] + "\""
                : line.metrics().isEmpty() ? null : "\"" + line.metrics().get(line.metrics().size() - 1) + "\"";
        switch (kind) {
            case BUILT -> {
                followUps.add("Who was reluctant to use it, and how did you bring them round?");
                followUps.add(parts.result() != null
                        ? "How do you know \"" + parts.result() + "\" came from this and not from something else?"
                        : "What did you change after the first version, and why?");
            }
            case CHANGED -> {
                followUps.add(measured != null
                        ? "How was " + measured + " measured, and who would confirm the figure?"
                        : "How did you measure the change, and who would confirm it?");
                followUps.add("What did people do with the time or money it freed up?");
            }
            case LED -> {
                followUps.add("What was the biggest threat to the plan or the budget, and what did you do about it?");
                followUps.add(measured != null
                        ? "How did you report progress to the sponsor or board, and how was " + measured + " confirmed?"
                        : "How did you report progress to the sponsor or board?");
            }
            case DEVELOPED_PEOPLE -> {
                followUps.add("Tell me about someone for whom it did not work at first. What did you change?");
                followUps.add("How would you grow the people in a PMO team in the same way?");
            }
            case OTHER -> {
                followUps.add("What was your own part, and what did others do?");
                followUps.add("What would you do differently if you did it again?");
            }
        }
        followUps.add("What from this would you bring to a " + roleName + " role, and what would you do differently there?");

        String why = "Panels pick the strongest lines on a CV and test whether they hold up. " + switch (kind) {
            case BUILT -> "For something you built or introduced, they want to know what problem it solved, whether "
                    + "people really adopted it, and which part was yours.";
            case CHANGED -> "For an improvement with a number, they check that you know how it was measured and "
                    + "that the change came from your work rather than from circumstances.";
            case LED -> "For a delivery claim, they separate what you did from what the team did, and listen for "
                    + "how you handled what went wrong.";
            case DEVELOPED_PEOPLE -> "For developing people, they want to hear how you adapted to each person and "
                    + "what those people would say about it.";
            case OTHER -> "They want the story behind the words: your own part, and what changed because of it.";
        };
        List<String> pitfalls = List.of(
                "Reading the CV line back instead of telling the story behind it.",
                "Saying \"we\" throughout, so that your own part disappears.",
                switch (kind) {
                    case BUILT -> "Describing the design in detail and never reaching whether people used it.";
                    case CHANGED -> "Not knowing how the number was measured, or rounding it up when pressed.";
                    case LED -> "Claiming the whole team's result as your own, or leaving out what went wrong.";
                    case DEVELOPED_PEOPLE -> "Taking the credit for other people's promotions or progress.";
                    case OTHER -> line.quantified() ? "Not knowing how a number on your own CV was measured."
                            : "Leaving the result vague: the line has no number, so bring one you can stand behind.";
                });
        return PackQuestion.builder().id("cv-line-" + line.line()).competency(competency).text(text)
                .reason(Reason.CV_EVIDENCE).cvEvidence(line.text(), line.line())
                .star(new Star(situation, task, action, result)).followUps(followUps).type(QuestionType.BEHAVIOURAL)
                .competencyName(competencyName).why(why).pitfalls(pitfalls).build();
    }
}
