package io.pmotoolkit.interview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One question of a practice pack, as documented in {@code docs/json-format.md}. The first seven fields are
 * the contract of {@code schemaVersion} 1; the others were added for the Markdown and PDF packs.
 *
 * @param id             the bank id, or {@code cv-line-N} for a question made from CV line N
 * @param competency     competency id
 * @param text           the question as a panel would ask it
 * @param reason         why it is in the pack
 * @param cvEvidence     the CV line it quotes, exactly as analysed, or null
 * @param star           STAR guidance; for a CV question, a scaffold pre-filled from the line
 * @param followUps      2 or 3 probes
 * @param type           behavioural, situational or knowledge
 * @param competencyName the competency's name for people
 * @param why            what interviewers assess with it
 * @param pitfalls       common ways answers go wrong
 * @param advice         for a gap, how to answer honestly from adjacent experience; else null
 * @param cvLine         the line number of {@code cvEvidence}, or null
 * @param missingTerms   for a gap, the essential terms of the competency the CV does not show; else empty
 */
@JsonPropertyOrder({"id", "competency", "text", "reason", "cvEvidence", "star", "followUps", "type",
        "competencyName", "why", "pitfalls", "advice", "cvLine", "missingTerms"})
public record PackQuestion(String id, String competency, String text, Reason reason, String cvEvidence, Star star,
                           List<String> followUps, QuestionType type, String competencyName, String why,
                           List<String> pitfalls, String advice, Integer cvLine, List<String> missingTerms) {

    public PackQuestion {
        followUps = List.copyOf(followUps);
        pitfalls = List.copyOf(pitfalls);
        missingTerms = List.copyOf(missingTerms);
    }

    /**
     * A builder with named parts instead of fourteen positional arguments. Required: id, competency, text, reason,
     * star, type, competencyName and why; cvEvidence, advice and cvLine default to null, the lists to empty.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PackQuestion} part by part; see {@link PackQuestion#builder()}. */
    public static final class Builder {
        private String id;
        private String competency;
        private String text;
        private Reason reason;
        private String cvEvidence;
        private Star star;
        private List<String> followUps = List.of();
        private QuestionType type;
        private String competencyName;
        private String why;
        private List<String> pitfalls = List.of();
        private String advice;
        private Integer cvLine;
        private List<String> missingTerms = List.of();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder competency(String competency) {
            this.competency = competency;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        /** The CV line the question quotes and its number (both null, the default, for none). */
        public Builder cvEvidence(String cvEvidence, Integer cvLine) {
            this.cvEvidence = cvEvidence;
            this.cvLine = cvLine;
            return this;
        }

        public Builder star(Star star) {
            this.star = star;
            return this;
        }

        public Builder followUps(List<String> followUps) {
            this.followUps = followUps;
            return this;
        }

        public Builder type(QuestionType type) {
            this.type = type;
            return this;
        }

        public Builder competencyName(String competencyName) {
            this.competencyName = competencyName;
            return this;
        }

        public Builder why(String why) {
            this.why = why;
            return this;
        }

        public Builder pitfalls(List<String> pitfalls) {
            this.pitfalls = pitfalls;
            return this;
        }

        /** For a gap, how to answer honestly; null (the default) otherwise. */
        public Builder advice(String advice) {
            this.advice = advice;
            return this;
        }

        public Builder missingTerms(List<String> missingTerms) {
            this.missingTerms = missingTerms;
            return this;
        }

        /** The question; throws {@link IllegalStateException} naming the first required part not set. */
        public PackQuestion build() {
            require(id, "id");
            require(competency, "competency");
            require(text, "text");
            require(reason, "reason");
            require(star, "star");
            require(type, "type");
            require(competencyName, "competencyName");
            require(why, "why");
            require(followUps, "followUps");
            require(pitfalls, "pitfalls");
            require(missingTerms, "missingTerms");
            return new PackQuestion(id, competency, text, reason, cvEvidence, star, followUps, type, competencyName,
                    why, pitfalls, advice, cvLine, missingTerms);
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("PackQuestion needs " + name);
            }
        }
    }
}
