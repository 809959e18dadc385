package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well an answer fits each question of the bank, to tell whether it fits the one asked better than most: a
 * question's signature is the word keys of its text (weight 2) and of its guidance (why, STAR, pitfalls,
 * follow-ups, keywords; weight 1), each key weighted by how rare it is across the bank (inverse document
 * frequency), so that "project" counts for little and "gate" for much. An answer's fit to a question is the
 * weight of the signature keys it uses over the square root of the signature's total weight (long guidance does
 * not win by length).
 *
 * <p>Thread-safe: immutable after construction.
 */
final class TopicIndex {

    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, Double>> signatures = new ArrayList<>();
    private final List<Double> norms = new ArrayList<>();

    TopicIndex(QuestionBank bank) {
        List<Map<String, Double>> raw = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Question q : bank.questions()) {
            Map<String, Double> sig = new HashMap<>();
            add(sig, q.text(), 2);
            StringBuilder guide = new StringBuilder(q.why()).append(' ').append(q.star().situation()).append(' ')
                    .append(q.star().task()).append(' ').append(q.star().action()).append(' ')
                    .append(q.star().result());
            q.pitfalls().forEach(p -> guide.append(' ').append(p));
            q.followUps().forEach(p -> guide.append(' ').append(p));
            q.keywords().forEach(p -> guide.append(' ').append(p));
            add(sig, guide.toString(), 1);
            sig.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
            raw.add(sig);
            ids.add(q.id());
        }
        int n = raw.size();
        for (Map<String, Double> sig : raw) {
            Map<String, Double> weighted = new HashMap<>();
            double norm = 0;
            for (var e : sig.entrySet()) {
                double w = e.getValue() * Math.log((double) n / df.get(e.getKey()));
                weighted.put(e.getKey(), w);
                norm += w;
            }
            signatures.add(weighted);
            norms.add(Math.sqrt(Math.max(norm, 1e-9)));
        }
    }

    private static void add(Map<String, Double> sig, String text, double weight) {
        Set<String> skip = FeedbackVocabulary.BUILT.stopWords;
        Set<String> asked = FeedbackVocabulary.BUILT.questionWords;
        List<String> words = KeyPhrases.words(text);
        List<String> keys = KeyPhrases.keys(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < 3 || skip.contains(w) || asked.contains(w)) {
                continue;
            }
            sig.merge(keys.get(i), weight, Math::max);
        }
    }

    /**
     * Where the question with this id ranks among the bank's questions by fit to the answer: 1 is the best fit;
     * 0 when the id is not in the bank.
     */
    int rank(String questionId, Set<String> answerKeys) {
        int at = ids.indexOf(questionId);
        if (at < 0) {
            return 0;
        }
        double own = fit(at, answerKeys);
        int rank = 1;
        for (int i = 0; i < ids.size(); i++) {
            if (i != at && fit(i, answerKeys) > own) {
                rank++;
            }
        }
        return rank;
    }

    private double fit(int i, Set<String> answerKeys) {
        double sum = 0;
        for (var e : signatures.get(i).entrySet()) {
            if (answerKeys.contains(e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum / norms.get(i);
    }
}
