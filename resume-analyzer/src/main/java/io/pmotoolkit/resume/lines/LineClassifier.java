package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.core.text.ActionVerbs;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.MetricExtractor;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells an achievement line from a responsibility line, finds its opening verb or weak opener, and
 * suggests an outcome-first rewrite built from the line's own words.
 *
 * <p>A line is an {@link LineKind#ACHIEVEMENT} when it states an outcome in words ("reduced", "saved",
 * "ahead of schedule", "adopted by") or has a metric only a result can have ("from 10 days to 4 days",
 * "by 30%", "3x"); otherwise it is a {@link LineKind#RESPONSIBILITY}. A line that opens with a weak opener
 * ("Responsible for reducing costs") counts as an achievement only when a result follows the duty itself.
 *
 * {@snippet :
 * LineAssessment a = new LineClassifier().classify("Helped with the PMO set-up");
 * a.kind();        // RESPONSIBILITY
 * a.weakOpener();  // "Helped with"
 * a.suggestion();  // Add the result: "Supported the PMO set-up, so that <...>". Say which part was yours.
 * a.rewrite();     // Supported the PMO set-up, so that <N hours a week were saved or N people were helped>
 * a.advice();      // ADD_RESULT
 * }
 *
 * <p>The verb check combines the part-of-speech tags of {@link Nlp} with a curated list of CV verbs,
 * because the tagger often reads a bullet's opening past tense as an adjective. Output is deterministic.
 *
 * <p>Thread-safe: holds only a stateless {@link MetricExtractor}; {@link Nlp} is thread-safe.
 */
public final class LineClassifier {

    /**
     * Bullet marks, and one non-ASCII glyph standing alone before the text: a symbol-font bullet decoded as a
     * letter ("ñ Oversee and manage...", "§ Managed...").
     */
    private static final Pattern BULLET = Pattern.compile("^(?:[\\s•·\\-–—*▪◦●○■□➢►>✓✔]|[^\\p{ASCII}](?=\\s))+");

    /**
     * Verbs that say something new exists or something changed. With a number ("Set up two PMOs",
     * "Redirected £9.5m of investment") the line states a result even without an outcome word; with
     * verbs of running things ("Managed a team of 6") a number is only scope.
     */
    private static final java.util.Set<String> CHANGE_VERBS = java.util.Set.of(
            "set", "established", "launched", "introduced", "implemented", "built", "created", "designed",
            "founded", "redirected", "moved", "raised", "transformed", "rolled", "stood", "delivered",
            "automated", "streamlined", "consolidated", "replaced", "migrated", "restructured", "turned",
            "negotiated", "secured", "completed", "opened", "standardised", "standardized", "redesigned",
            "rebuilt", "overhauled", "modernised", "modernized", "centralised", "centralized");

    private final MetricExtractor metrics = new MetricExtractor();

    /**
     * Assesses one CV line.
     *
     * @param line a line or bullet, with or without its bullet marker
     * @return the assessment; a blank line is a responsibility with nothing found and no suggestion
     */
    public LineAssessment classify(String line) {
        return classify(line, Nlp.get()::analyze, CvLocale.NEUTRAL);
    }

    /**
     * Whether the line states its outcome outside the characters from {@code start} to {@code end} (a term's
     * words): "Recommend process improvements to enhance testing" and "Cost saving opportunities" read as results
     * only through the term ("improvements", "saving"). True when those characters hold no outcome word; else the
     * line is classified again with them put as a neutral noun.
     */
    public boolean statesOutcomeWithout(String line, int start, int end) {
        if (!OutcomeLanguage.hasOutcomeWord(line.substring(start, end))) {
            return true;  // the line's result, if any, is elsewhere
        }
        return classify(line.substring(0, start) + "work" + line.substring(end)).kind() == LineKind.ACHIEVEMENT;
    }

    /**
     * As {@link #classify(String)}, taking the tagged text from {@code analyser}, so that a caller that has
     * already tagged the line (to match keywords in it) does not tag it twice, and wording the words a rewrite
     * adds (placeholders, guidance) in the CV's own currency and spelling.
     *
     * @param locale the CV's currency and spelling ({@link CvLocale#of}), or {@link CvLocale#NEUTRAL}
     */
    public LineAssessment classify(String line, java.util.function.Function<String, AnalyzedText> analyser,
                                   CvLocale locale) {
        Objects.requireNonNull(line, "line");
        String text = LineShape.withoutDebris(BULLET.matcher(line).replaceFirst("").strip());
        if (text.isEmpty()) {
            return new LineAssessment(LineKind.RESPONSIBILITY, false, List.of(), null, null, null, null, null);
        }
        List<String> found = metrics.extract(text);
        boolean quantified = !found.isEmpty();
        WeakOpeners.Opener opener = WeakOpeners.find(text).orElse(null);
        AnalyzedText analysis = analyser.apply(text);
        Token verb = opener == null ? leadingActionVerb(analysis) : null;

        boolean built = verb != null && quantified && CHANGE_VERBS.contains(verb.text().toLowerCase(Locale.ROOT));
        LineKind kind = built || isAchievement(text, found, opener, analysis)
                ? LineKind.ACHIEVEMENT : LineKind.RESPONSIBILITY;
        Objects.requireNonNull(locale, "locale");
        Rewrite.Suggestion s = LineShape.afterLabel(text)
                .or(() -> opener == null ? LineShape.withoutTrailingAside(text) : java.util.Optional.empty())
                .map(duty -> suggestFor(duty, kind, locale))
                .orElseGet(() -> suggest(text, wholly(text, analysis, kind, opener), kind, quantified, opener, verb,
                        locale));
        return new LineAssessment(kind, quantified, found, verb == null ? null : verb.text(),
                opener == null ? null : opener.asWritten(), s == null ? null : s.text(), s == null ? null : s.rewrite(),
                s == null ? null : s.advice());
    }

    private static boolean isAchievement(String text, List<String> found, WeakOpeners.Opener opener,
                                         AnalyzedText analysis) {
        if (opener != null && !opener.shared()) {
            // Skip the duty's own first word: "Responsible for reducing costs" is a duty, not a result.
            int restStart = text.length() - opener.rest().length();
            int from = restStart;
            for (Token t : analysis.tokens()) {
                if (t.start() >= restStart) {
                    from = t.end();
                    break;
                }
            }
            return OutcomeLanguage.statesOutcome(text, from);
        }
        return OutcomeLanguage.statesOutcome(text, 0) || OutcomeLanguage.hasResultMetric(text, found);
    }

    /** The first word when it is an action verb in the past tense or base form (one "-ly" adverb may precede). */
    static Token leadingActionVerb(AnalyzedText analysis) {
        List<Token> tokens = analysis.tokens();
        for (int i = 0; i < tokens.size() && i < 2; i++) {
            Token t = tokens.get(i);
            if (!Character.isLetter(t.text().codePointAt(0))) {
                return null;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            boolean nounTag = "NOUN".equals(t.pos()) || "PROPN".equals(t.pos());
            // A noun tag is believed for base forms ("Lead PMO Analyst", "Budget"), not for past forms ("Ran", "Cut").
            if (ActionVerbs.isActionVerb(w) && (!nounTag || ActionVerbs.isPastForm(w))
                    || "VERB".equals(t.pos()) && (w.endsWith("ed") || w.equals(t.lemma()))) {
                return isJobTitle(t, tokens, i) || isLabel(tokens, i) ? null : t;
            }
            if (!("ADV".equals(t.pos()) && w.endsWith("ly"))) {
                return null;
            }
        }
        return null;
    }

    /** A base form followed by a capitalised word opens a job title, not an action: "Lead PMO Analyst". */
    private static boolean isJobTitle(Token verb, List<Token> tokens, int at) {
        String w = verb.text().toLowerCase(Locale.ROOT);
        boolean pastForm = ActionVerbs.isOnlyPast(w) || w.endsWith("ed");
        return !pastForm && at + 1 < tokens.size() && Character.isUpperCase(tokens.get(at + 1).text().codePointAt(0));
    }

    /** A word followed by a colon is a label: "Contact: 0161 496 0000". */
    private static boolean isLabel(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && ":".equals(tokens.get(at + 1).text());
    }

    /**
     * The line tagged to its end when a rewrite will be built from it: a caller may have tagged only its opening
     * (later tokens tagged "X"), and a rewrite needs the verbs and objects all along the line.
     */
    private static AnalyzedText wholly(String text, AnalyzedText analysis, LineKind kind, WeakOpeners.Opener opener) {
        boolean rewritten = kind == LineKind.RESPONSIBILITY || opener != null;
        boolean partly = analysis.tokens().stream().anyMatch(t -> "X".equals(t.pos()));
        return rewritten && partly ? Nlp.get().analyze(text) : analysis;
    }

    /** The suggestion for the duty after a label ("description - Prepared..."), read as a line of its own. */
    private Rewrite.Suggestion suggestFor(String duty, LineKind kind, CvLocale locale) {
        AnalyzedText a = Nlp.get().analyze(duty);
        return suggest(duty, a, kind, !metrics.extract(duty).isEmpty(), null, leadingActionVerb(a), locale);
    }

    private static Rewrite.Suggestion suggest(String text, AnalyzedText analysis, LineKind kind, boolean quantified,
                                              WeakOpeners.Opener opener, Token verb, CvLocale locale) {
        boolean shared = opener != null && opener.shared();
        Topic topic = Topic.of(text);
        if (kind == LineKind.RESPONSIBILITY) {
            // a weak opener may stand before what would look like a label ("Key responsibilities: ...")
            java.util.Optional<String> refusal = LineShape.refusal(opener == null ? text : opener.rest().isEmpty()
                    ? text : capitalise(opener.rest()));
            if (refusal.isPresent()) {
                return Rewrite.guidance(refusal.get(), topic, locale);
            }
            String body = respellAddedVerb(text, Rewrite.strongOpening(text, analysis, opener, verb), locale);
            if (body == null) {
                // a line that opens with a weak opener ("Assisting ...") is no cut-off half of a sentence
                return Rewrite.guidance(opener == null ? LineShape.unsureReason(text, analysis) : LineShape.UNSURE,
                        topic, locale);
            }
            if (opener != null && !shared && OutcomeLanguage.statesOutcome(body, 0)
                    || opener == null && RewriteVocabulary.builtIn().statesResult(body)) {
                // "Mentored four engineers through promotion to mid-level": the line states what came of it
                return Rewrite.resultIfItWasOne(body, quantified);
            }
            return Rewrite.addResult(body, topic, shared, locale);
        }
        if (opener != null) {
            String body = Rewrite.strongOpening(text, analysis, opener, null);
            return body == null ? Rewrite.guidance(LineShape.OWN_ACTION, topic, locale)
                    : Rewrite.openStrongly(body, shared, quantified);
        }
        return quantified ? null : Rewrite.addScale(topic, locale);
    }

    /** A verb the rewrite put in front ("Organised" for "events") follows the CV's spelling; the line's own words do not. */
    private static String respellAddedVerb(String text, String body, CvLocale locale) {
        if (body == null) {
            return null;
        }
        String first = body.split("\\s+", 2)[0];
        String stem = first.toLowerCase(Locale.ROOT).substring(0, Math.min(5, first.length()));
        boolean own = text.toLowerCase(Locale.ROOT).contains(stem);  // "Organising" → "Organised" stays the line's own
        return own ? body : locale.words(first) + body.substring(first.length());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
