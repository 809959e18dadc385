package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.interview.Concept;
import io.pmotoolkit.interview.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an answer against the rubric of its question's type: for STAR, the four components as they are; for
 * the other types each criterion of {@code feedback-vocabulary.yaml} from its cues, sentence by sentence (and
 * from the sentences whose STAR part the criterion also takes), and for a knowledge question the bank's concepts.
 *
 * <p>Thread-safe: stateless.
 */
final class RubricReader {

    /** A knowledge answer covers its question when it shows this share of the bank's concepts. */
    static final double CONCEPTS_FULL = 0.5;

    private RubricReader() {
    }

    /** The STAR rubric: the components as criteria. */
    static Rubric star(Components c) {
        List<Criterion> out = new ArrayList<>();
        for (Part p : Part.values()) {
            Component k = c.get(p);
            out.add(new Criterion(p.id(), p.title(), k.status(), k.evidence(), k.note()));
        }
        FeedbackVocabulary.RubricDef def = FeedbackVocabulary.BUILT.rubric(QuestionType.BEHAVIOURAL);
        return new Rubric(def.id(), def.name(), out);
    }

    /** Which of the question's concepts the answer covers, in the bank's order (no question text: none is an echo). */
    static List<ConceptCheck> concepts(List<Concept> concepts, List<String> words, List<String> keys) {
        return concepts(concepts, words, keys, null);
    }

    /**
     * Which of the question's concepts the answer covers, in the bank's order. A signal the question itself says
     * ("appetite", "executive" and "portfolio" for "help the executive set a risk appetite for the portfolio"; "mix"
     * for "when would you mix them") is an echo: an answer that covers ideas only by echoes repeats the question's
     * subject without saying anything right about it ("Risk appetite is the list of all the risks the portfolio
     * has"), so then no idea is covered. Where an idea has both, the signal that is not an echo is reported.
     */
    static List<ConceptCheck> concepts(List<Concept> concepts, List<String> words, List<String> keys,
                                       String question) {
        List<String> qWords = question == null ? List.of() : KeyPhrases.words(question);
        List<String> qKeys = question == null ? List.of() : KeyPhrases.keys(question);
        List<ConceptCheck> out = new ArrayList<>();
        boolean beyondEchoes = false;
        for (Concept c : concepts) {
            // An idea in other word order ("the log of decisions") still shows it; a misconception must be said as
            // written, since a wrong statement re-ordered is often a right one.
            List<String> found = c.signals().stream().filter(s -> KeyPhrases.contains(words, keys, s)
                    || KeyPhrases.near(words, keys, s)).toList();
            String own = found.stream().filter(s -> !KeyPhrases.contains(qWords, qKeys, s)).findFirst().orElse(null);
            beyondEchoes |= own != null;
            String signal = own != null ? own : found.isEmpty() ? null : found.get(0);
            out.add(new ConceptCheck(c.name(), signal != null, signal));
        }
        if (!beyondEchoes) {
            return out.stream().map(k -> new ConceptCheck(k.name(), false, null)).toList();
        }
        return out;
    }

    /** The names of the misconceptions the answer states. */
    static List<String> misconceptions(List<Concept> wrong, List<String> words, List<String> keys) {
        return wrong.stream().filter(c -> c.signals().stream().anyMatch(s -> KeyPhrases.contains(words, keys, s)))
                .map(Concept::name).toList();
    }

    /**
     * A situational, knowledge or motivation rubric.
     *
     * @param concepts       the knowledge question's concepts checked (empty for the other types)
     * @param misconceptions the misconceptions stated
     * @param question       the question's text, or null: a sentence made only of its words and vague ones ("this
     *                       role would help my career because it is a good role") shows no criterion by its cues
     */
    static Rubric read(QuestionType type, List<LabelledSentence> sentences, List<ConceptCheck> concepts,
                       List<String> misconceptions, String question) {
        FeedbackVocabulary.RubricDef def = FeedbackVocabulary.BUILT.rubric(type);
        java.util.Set<String> asked = question == null ? java.util.Set.of() : Relevance.questionKeys(question);
        List<Criterion> out = new ArrayList<>();
        for (FeedbackVocabulary.CriterionDef c : def.criteria()) {
            if (c.id().equals("concepts")) {
                out.add(conceptsCriterion(c, concepts, misconceptions));
                continue;
            }
            List<String> evidence = new ArrayList<>();
            for (LabelledSentence s : sentences) {
                boolean cue = c.cues().stream().map(p -> p.matcher(s.text())).anyMatch(java.util.regex.Matcher::find)
                        && Relevance.substance(asked, java.util.Set.copyOf(KeyPhrases.keys(s.text()))) > 0;
                boolean part = !s.parts().isEmpty() && c.alsoFrom().contains(s.parts().get(0));
                if ((cue || part) && !evidence.contains(s.text())) {
                    evidence.add(s.text());
                }
            }
            out.add(evidence.isEmpty() ? new Criterion(c.id(), c.name(), Status.MISSING, List.of(), c.missing())
                    : new Criterion(c.id(), c.name(), Status.PRESENT, evidence, null));
        }
        return new Rubric(def.id(), def.name(), out);
    }

    /** Present at {@link #CONCEPTS_FULL} of the concepts and no misconception; weak with some; missing with none. */
    private static Criterion conceptsCriterion(FeedbackVocabulary.CriterionDef c, List<ConceptCheck> concepts,
                                               List<String> misconceptions) {
        long covered = concepts.stream().filter(ConceptCheck::covered).count();
        List<String> shown = concepts.stream().filter(ConceptCheck::covered).map(ConceptCheck::name).toList();
        List<String> missed = concepts.stream().filter(k -> !k.covered()).map(ConceptCheck::name).toList();
        if (covered == 0) {
            return new Criterion(c.id(), c.name(), Status.MISSING, List.of(), c.missing() + (missed.isEmpty() ? ""
                    : " A full answer covers " + join(missed.subList(0, Math.min(3, missed.size())))
                    + (missed.size() > 3 ? ", among others." : ".")));
        }
        if (!misconceptions.isEmpty() && covered < needed(concepts.size())) {
            return new Criterion(c.id(), c.name(), Status.MISSING, List.of(), "The answer states something a panel "
                    + "will take as wrong: " + String.join("; ", misconceptions) + ".");
        }
        if (!misconceptions.isEmpty()) {
            return new Criterion(c.id(), c.name(), Status.WEAK, shown, "The answer states something a panel will "
                    + "take as wrong: " + String.join("; ", misconceptions) + ".");
        }
        if (covered < needed(concepts.size())) {
            return new Criterion(c.id(), c.name(), Status.WEAK, shown, "The answer covers " + covered + " of the "
                    + concepts.size() + " ideas a full answer needs; it leaves out " + join(missed) + ".");
        }
        return new Criterion(c.id(), c.name(), Status.PRESENT, shown, null);
    }

    /** The concepts an answer needs for the full points: half of them, at least two. */
    static int needed(int concepts) {
        return Math.max(2, (int) Math.ceil(concepts * CONCEPTS_FULL));
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
