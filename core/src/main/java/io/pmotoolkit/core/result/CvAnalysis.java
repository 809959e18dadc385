package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The analysis of one CV against one role: the JSON contract documented in {@code docs/json-format.md}.
 * Field names here are the JSON names and must not change without a new {@code schemaVersion}.
 *
 * @param schemaVersion version of this shape, 1
 * @param file          the file name as the user gave it
 * @param format        pdf, docx, txt or md
 * @param candidate     what the CV says about the person
 * @param role          the target role
 * @param score         the overall score and its parts
 * @param keywords      found and missing terms
 * @param competencies  coverage of each competency the role expects
 * @param lines         every experience line with its classification
 * @param checks        CV checks in a stable order
 * @param warnings      how the file was read, one sentence each
 * @param versions      tool and skills-model versions, to reproduce the result
 * @param jobAd         the comparison with a job advert, or null without --job-ad (omitted from JSON)
 * @param documentKind  what the document is: {@code "cv"}, or {@code "job-advert"}, {@code "readme"},
 *                      {@code "pmo-toolkit-output"} or {@code "term-list"} for a document that is not a CV
 *                      (analysed with a warning, not scored)
 * @param experience     employment roles as an applicant tracking system would read them (see {@link CvStructure})
 * @param education      qualifications
 * @param certifications certifications and licences
 * @param otherEntries   dated entries that are not employment (projects, volunteering, memberships, talks)
 */
@JsonPropertyOrder({"schemaVersion", "file", "format", "documentKind", "candidate", "experience", "education",
        "certifications", "otherEntries", "role", "score", "keywords", "competencies", "lines", "checks", "warnings",
        "versions", "jobAd"})
public record CvAnalysis(int schemaVersion, String file, String format, Candidate candidate, RoleRef role,
                         Score score, Keywords keywords, List<CompetencyCoverage> competencies,
                         List<LineResult> lines, List<CheckResult> checks, List<String> warnings,
                         Versions versions,
                         @com.fasterxml.jackson.annotation.JsonInclude(
                                 com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) JobAdSummary jobAd,
                         String documentKind, List<CvStructure.Employment> experience,
                         List<CvStructure.EducationEntry> education,
                         List<CvStructure.CertificationEntry> certifications,
                         List<CvStructure.DatedEntry> otherEntries) {

    /**
     * 2: contact, experience, education, certifications and otherEntries added. 3: candidate.level added;
     * candidate.background is read from the dated job titles for everyone and carries years.
     */
    public static final int SCHEMA_VERSION = 3;

    /** The value of {@link #documentKind()} for a CV. */
    public static final String CV = "cv";

    /** An analysis of a CV, with or without a job advert. */
    public CvAnalysis(int schemaVersion, String file, String format, Candidate candidate, RoleRef role,
                      Score score, Keywords keywords, List<CompetencyCoverage> competencies,
                      List<LineResult> lines, List<CheckResult> checks, List<String> warnings,
                      Versions versions, JobAdSummary jobAd) {
        this(schemaVersion, file, format, candidate, role, score, keywords, competencies, lines, checks, warnings,
                versions, jobAd, CV, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A builder for an analysis, with named parts instead of eighteen positional arguments. Required: file, format,
     * candidate, role, score, keywords and versions. The rest default: schemaVersion {@link #SCHEMA_VERSION},
     * documentKind {@link #CV}, empty lists, no job advert.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every part of this analysis, to change one or two. */
    public Builder toBuilder() {
        return new Builder().schemaVersion(schemaVersion).file(file).format(format).candidate(candidate).role(role)
                .score(score).keywords(keywords).competencies(competencies).lines(lines).checks(checks)
                .warnings(warnings).versions(versions).jobAd(jobAd).documentKind(documentKind)
                .experience(experience).education(education).certifications(certifications)
                .otherEntries(otherEntries);
    }

    /** Builds a {@link CvAnalysis} part by part; see {@link CvAnalysis#builder()}. */
    public static final class Builder {
        private int schemaVersion = SCHEMA_VERSION;
        private String file;
        private String format;
        private Candidate candidate;
        private RoleRef role;
        private Score score;
        private Keywords keywords;
        private List<CompetencyCoverage> competencies = List.of();
        private List<LineResult> lines = List.of();
        private List<CheckResult> checks = List.of();
        private List<String> warnings = List.of();
        private Versions versions;
        private JobAdSummary jobAd;
        private String documentKind = CV;
        private List<CvStructure.Employment> experience = List.of();
        private List<CvStructure.EducationEntry> education = List.of();
        private List<CvStructure.CertificationEntry> certifications = List.of();
        private List<CvStructure.DatedEntry> otherEntries = List.of();

        private Builder() {
        }

        public Builder schemaVersion(int schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        public Builder file(String file) {
            this.file = file;
            return this;
        }

        public Builder format(String format) {
            this.format = format;
            return this;
        }

        public Builder candidate(Candidate candidate) {
            this.candidate = candidate;
            return this;
        }

        public Builder role(RoleRef role) {
            this.role = role;
            return this;
        }

        public Builder score(Score score) {
            this.score = score;
            return this;
        }

        public Builder keywords(Keywords keywords) {
            this.keywords = keywords;
            return this;
        }

        public Builder competencies(List<CompetencyCoverage> competencies) {
            this.competencies = competencies;
            return this;
        }

        public Builder lines(List<LineResult> lines) {
            this.lines = lines;
            return this;
        }

        public Builder checks(List<CheckResult> checks) {
            this.checks = checks;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        public Builder versions(Versions versions) {
            this.versions = versions;
            return this;
        }

        /** The job-advert comparison, or null for none (the default). */
        public Builder jobAd(JobAdSummary jobAd) {
            this.jobAd = jobAd;
            return this;
        }

        public Builder documentKind(String documentKind) {
            this.documentKind = documentKind;
            return this;
        }

        public Builder experience(List<CvStructure.Employment> experience) {
            this.experience = experience;
            return this;
        }

        public Builder education(List<CvStructure.EducationEntry> education) {
            this.education = education;
            return this;
        }

        public Builder certifications(List<CvStructure.CertificationEntry> certifications) {
            this.certifications = certifications;
            return this;
        }

        public Builder otherEntries(List<CvStructure.DatedEntry> otherEntries) {
            this.otherEntries = otherEntries;
            return this;
        }

        /**
         * The structure's lists at once: experience, education, certifications and other entries (the contact
         * belongs to the candidate and is not taken from it).
         */
        public Builder structure(CvStructure structure) {
            return experience(structure.experience()).education(structure.education())
                    .certifications(structure.certifications()).otherEntries(structure.otherEntries());
        }

        /** The analysis; throws {@link IllegalStateException} naming the first required part not set. */
        public CvAnalysis build() {
            require(file, "file");
            require(format, "format");
            require(candidate, "candidate");
            require(role, "role");
            require(score, "score");
            require(keywords, "keywords");
            require(versions, "versions");
            require(documentKind, "documentKind");
            require(competencies, "competencies");
            require(lines, "lines");
            require(checks, "checks");
            require(warnings, "warnings");
            require(experience, "experience");
            require(education, "education");
            require(certifications, "certifications");
            require(otherEntries, "otherEntries");
            return new CvAnalysis(schemaVersion, file, format, candidate, role, score, keywords, competencies, lines,
                    checks, warnings, versions, jobAd, documentKind, experience, education, certifications,
                    otherEntries);
        }

        private static void require(Object part, String name) {
            if (part == null) {
                throw new IllegalStateException("CvAnalysis needs " + name);
            }
        }
    }

    /** Whether the document looked like a CV (anything else is analysed with a warning and not scored). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isCv() {
        return CV.equals(documentKind);
    }

    /** An analysis without a job advert. */
    public CvAnalysis(int schemaVersion, String file, String format, Candidate candidate, RoleRef role,
                      Score score, Keywords keywords, List<CompetencyCoverage> competencies,
                      List<LineResult> lines, List<CheckResult> checks, List<String> warnings,
                      Versions versions) {
        this(schemaVersion, file, format, candidate, role, score, keywords, competencies, lines, checks, warnings,
                versions, null, CV, List.of(), List.of(), List.of(), List.of());
    }

    /** The structure read from the CV, as one value. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public CvStructure structure() {
        return new CvStructure(candidate.contact() == null ? CvStructure.EMPTY.contact() : candidate.contact(),
                experience, education, certifications, otherEntries);
    }

    /**
     * @param name            the name as detected at the top of the CV, or null
     * @param contact         email, phone, location and LinkedIn address as read, each null when absent
     * @param background      the route into PMO the CV's dated job titles suggest, or null when none fits
     * @param currentPmoRole  the role of {@code level} when the person is in PMO work, or null (kept from version 2)
     * @param level           the person's rung on the PMO ladder with its evidence; null only in results built
     *                        before version 3
     * @param yearsExperience years covered by dated employment roles (overlaps counted once), or null without dates
     * @param words           words in the CV
     * @param pages           pages in the file
     */
    @JsonPropertyOrder({"name", "contact", "background", "currentPmoRole", "level", "yearsExperience", "words", "pages"})
    public record Candidate(String name, CvStructure.Contact contact, BackgroundRef background, RoleRef currentPmoRole,
                            CareerLevel level, Double yearsExperience, int words, int pages) {

        /** A candidate without a level (as before version 3). */
        public Candidate(String name, CvStructure.Contact contact, BackgroundRef background, RoleRef currentPmoRole,
                         Double yearsExperience, int words, int pages) {
            this(name, contact, background, currentPmoRole, null, yearsExperience, words, pages);
        }

        /** A candidate whose contact details were not read. */
        public Candidate(String name, BackgroundRef background, RoleRef currentPmoRole, Double yearsExperience,
                         int words, int pages) {
            this(name, CvStructure.EMPTY.contact(), background, currentPmoRole, yearsExperience, words, pages);
        }

        /** This candidate with {@code level} instead of its own (everything else kept). */
        public Candidate withLevel(CareerLevel level) {
            return new Candidate(name, contact, background, currentPmoRole, level, yearsExperience, words, pages);
        }

        /** The level, rung 0 when the analysis has none. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public CareerLevel levelOrNone() {
            return level != null ? level : new CareerLevel(0, null, CareerLevel.NOT_IN_PMO, null, List.of(), 0, null);
        }
    }

    /**
     * @param id       background id from the skills model
     * @param name     name for people
     * @param evidence the job title with its dates that decided it ("Senior Business Analyst, Feb 2021 – present",
     *                 at most 80 characters), or the short header or profile phrase for a career changer
     * @param years    years in dated roles whose titles carry this background, or null (none dated)
     */
    @JsonPropertyOrder({"id", "name", "evidence", "years"})
    public record BackgroundRef(String id, String name, String evidence, Double years) {

        /**
         * The background line for people: the name, then "{@code separator}from “Senior Business Analyst, Feb 2021 –
         * present”" when a title or phrase decided it (see {@link CareerLevel#withEvidence(String)}).
         */
        public String withEvidence(String separator) {
            return evidence == null ? name : name + separator + "from \u201C" + evidence + "\u201D";
        }

        /** A background without years. */
        public BackgroundRef(String id, String name, String evidence) {
            this(id, name, evidence, null);
        }
    }

    public record RoleRef(String id, String title) {
    }

    /**
     * @param overall     0 to 100, the sum of the parts' points
     * @param parts       the parts in a fixed order
     */
    public record Score(int overall, List<ScorePart> parts) {
    }

    /**
     * @param id     stable id: essentialTerms, competencyCoverage, achievements, checks
     * @param label  name for people
     * @param points points earned, rounded
     * @param max    points available (the part's weight)
     * @param detail how the points were earned, one sentence
     */
    public record ScorePart(String id, String label, int points, int max, String detail) {
    }

    /**
     * @param found          expected terms the CV shows
     * @param missing        expected terms (and kinds of credential) it does not
     * @param nextCredential the credential to take next, or null (omitted from JSON) when the CV already holds
     *                       one of each kind the role asks for (or the document is not a CV)
     */
    @JsonPropertyOrder({"found", "missing", "nextCredential"})
    public record Keywords(List<FoundTerm> found, List<MissingTerm> missing,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                           NextCredential nextCredential) {

        /** Found and missing terms without a credential suggestion. */
        public Keywords(List<FoundTerm> found, List<MissingTerm> missing) {
            this(found, missing, null);
        }
    }

    /**
     * The one credential suggested next, from the skills model's credential groups: the first kind the role
     * asks for that the CV holds none of, with the member the group suggests for the level and route in.
     *
     * @param term         the credential to take (a keyword term), never one the CV holds
     * @param alternatives other members of the kind that would do as well, in the group's order
     * @param group        the credential group's id ({@code pmo-credential})
     * @param kind         the group's name for people ("a PMO credential")
     * @param reason       why this one, a short clause from the model
     * @param forRole      the role the suggestion is for: the target role, or the next level up when the CV
     *                     already holds every kind the target role asks for and is at that level already
     * @param inProgress   true when the CV says it is studying for {@code term}: the suggestion is to finish it;
     *                     omitted from JSON otherwise
     */
    @JsonPropertyOrder({"term", "alternatives", "group", "kind", "reason", "forRole", "inProgress"})
    public record NextCredential(String term, List<String> alternatives, String group, String kind, String reason,
                                 RoleRef forRole,
                                 @com.fasterxml.jackson.annotation.JsonInclude(
                                         com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) boolean inProgress) {
        public NextCredential {
            alternatives = List.copyOf(alternatives);
        }

        /**
         * The suggestion as one sentence for people: "Take P3O (or PMO-CP), a PMO credential: REASON.", with "for
         * the step up to TITLE" when it is for the next level, or "Finish PMP: REASON." when it is in progress.
         *
         * @param targetRoleId the id of the role the analysis is for
         */
        public String sentence(String targetRoleId) {
            return sentence(targetRoleId, null);
        }

        /**
         * As {@link #sentence(String)}, but a suggestion for the PMO level the person already works at, above the
         * target, says so ("for PMO Manager / PMO Lead, the level you work at") rather than calling it a step up.
         *
         * @param targetRoleId  the id of the role the analysis is for
         * @param currentRoleId the id of the PMO role the person works at now ({@link CareerLevel#roleId()}), or null
         */
        public String sentence(String targetRoleId, String currentRoleId) {
            if (inProgress) {
                return "Finish " + term + ": " + reason + ".";
            }
            String level = forRole.id().equals(targetRoleId) ? ""
                    : forRole.id().equals(currentRoleId) ? ", for " + forRole.title() + ", the level you work at"
                    : ", for the step up to " + forRole.title();
            return "Take " + term + (alternatives.isEmpty() ? "" : " (or " + String.join(", ", alternatives) + ")")
                    + ", " + kind + level + ": " + reason + ".";
        }
    }

    /**
     * @param term       canonical term
     * @param competency competency id
     * @param importance essential or desirable for the role
     * @param evidence   best evidence grade over all matches
     * @param matches    every place it was found
     * @param inProgress true when every mention says the qualification is not held yet ("in progress",
     *                   "studying for", "due 2027"); omitted from JSON otherwise
     * @param satisfies  the id of the credential group this held credential satisfies for the role (the role asks
     *                   for one of that kind, and the importance is the group's), or null (omitted from JSON)
     */
    @JsonPropertyOrder({"term", "competency", "importance", "evidence", "matches", "inProgress", "satisfies"})
    public record FoundTerm(String term, String competency, String importance, Evidence evidence,
                            List<Match> matches,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) boolean inProgress,
                            @com.fasterxml.jackson.annotation.JsonInclude(
                                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String satisfies) {

        /** A term found and held (not in progress). */
        public FoundTerm(String term, String competency, String importance, Evidence evidence, List<Match> matches) {
            this(term, competency, importance, evidence, matches, false, null);
        }

        /** A term found outside any credential group. */
        public FoundTerm(String term, String competency, String importance, Evidence evidence, List<Match> matches,
                         boolean inProgress) {
            this(term, competency, importance, evidence, matches, inProgress, null);
        }
    }

    /**
     * @param text     the CV's words
     * @param section  the section id
     * @param line     the line number (1-based, in the document as read)
     * @param via      the term whose words these are when the found term is implied by it ("Planview" for
     *                 PPM software), or null (omitted from JSON) when the term's own words matched
     * @param evidence the grade of this match alone (the term's {@code evidence} is its best one), for a surface
     *                 that marks each place; not in the JSON, and null when not known (an analysis built by hand)
     */
    public record Match(String text, String section, int line,
                        @com.fasterxml.jackson.annotation.JsonInclude(
                                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String via,
                        @com.fasterxml.jackson.annotation.JsonIgnore Evidence evidence) {

        /** A match without its own grade. */
        public Match(String text, String section, int line, String via) {
            this(text, section, line, via, null);
        }

        /** A match of the term's own words. */
        public Match(String text, String section, int line) {
            this(text, section, line, null);
        }
    }

    /**
     * @param term       canonical term, or for a kind of credential the group's name ("a PMO credential")
     * @param competency competency id
     * @param importance essential or desirable for the role
     * @param group      the credential group's id when the role asks for one of a kind, else null (omitted)
     * @param oneOf      for a group: the credentials any one of which would do, in the group's order; else
     *                   empty (omitted)
     * @param inProgress for a group: the members the CV says are still being studied for (they do not satisfy
     *                   it yet); else empty (omitted)
     */
    @JsonPropertyOrder({"term", "competency", "importance", "group", "oneOf", "inProgress"})
    public record MissingTerm(String term, String competency, String importance,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String group,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) List<String> oneOf,
                              @com.fasterxml.jackson.annotation.JsonInclude(
                                      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY) List<String> inProgress) {

        public MissingTerm {
            oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
            inProgress = inProgress == null ? List.of() : List.copyOf(inProgress);
        }

        /** A missing term of its own (not a kind of credential). */
        public MissingTerm(String term, String competency, String importance) {
            this(term, competency, importance, null, List.of(), List.of());
        }

        /**
         * How to name it to people: the term, or for a group "a PMO credential (P3O or PMO-CP)", with the first
         * three members and how many more when there are over four.
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String label() {
            if (group == null || oneOf.isEmpty()) {
                return term;
            }
            int shown = oneOf.size() > 4 ? 3 : oneOf.size() - 1;
            String options = oneOf.size() == 1 ? oneOf.get(0) : String.join(", ", oneOf.subList(0, shown)) + " or "
                    + (shown < oneOf.size() - 1 ? (oneOf.size() - shown) + " more" : oneOf.get(shown));
            return term + " (" + options + (inProgress.isEmpty() ? "" : "; in progress: "
                    + String.join(", ", inProgress)) + ")";
        }
    }

    /**
     * @param id       competency id
     * @param name     name for people
     * @param weight   weight of the competency for the role (1 to 5)
     * @param coverage share of the competency's expected terms found, importance-weighted, 0 to 1
     * @param found    terms found
     * @param missing  terms missing
     */
    public record CompetencyCoverage(String id, String name, int weight, double coverage, List<String> found,
                                     List<String> missing) {
    }

    /**
     * @param text        the whole bullet or sentence, wrapped lines joined
     * @param section     section id
     * @param line        1-based line number in the read document
     * @param kind        ACHIEVEMENT or RESPONSIBILITY
     * @param quantified  whether it has a real metric
     * @param metrics     the metrics as written
     * @param actionVerb  the leading action verb, or null
     * @param suggestion  the advice for people, whole (never cut short): an instruction, with the rewrite in
     *                    quotes when there is one; null when the line is already strong
     * @param rewrite     the rewritten line alone, ready to paste once its {@code <placeholders>} are filled, or
     *                    null when no safe sentence could be built (the suggestion is then guidance)
     * @param advice      what the suggestion asks for, or null when there is no suggestion
     */
    @JsonPropertyOrder({"text", "section", "line", "kind", "quantified", "metrics", "actionVerb", "suggestion",
            "rewrite", "advice"})
    public record LineResult(String text, String section, int line, LineKind kind, boolean quantified,
                             List<String> metrics, String actionVerb, String suggestion, String rewrite,
                             Advice advice) {

        /** A line without a rewrite sentence or advice kind (tests, older callers). */
        public LineResult(String text, String section, int line, LineKind kind, boolean quantified,
                          List<String> metrics, String actionVerb, String suggestion) {
            this(text, section, line, kind, quantified, metrics, actionVerb, suggestion, null, null);
        }

        /**
         * The suggestion in its parts, for renderers that show the rewrite apart from the instruction around it;
         * null without a suggestion. Not part of the JSON (the parts are {@code suggestion} and {@code rewrite}).
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public SuggestionParts suggestionParts() {
            if (suggestion == null) {
                return null;
            }
            String quoted = rewrite == null ? null : "\"" + rewrite + "\"";
            int at = quoted == null ? -1 : suggestion.indexOf(quoted);
            return at < 0 ? new SuggestionParts(suggestion, null, "")
                    : new SuggestionParts(suggestion.substring(0, at), rewrite,
                    suggestion.substring(at + quoted.length()));
        }

        /**
         * A suggestion as {@code instruction + "\"" + rewrite + "\"" + after}, e.g. {@code Add the result: },
         * the rewrite, and {@code . Say which part was yours.}; spacing and punctuation kept as in the suggestion.
         *
         * @param instruction the words before the quoted rewrite, or the whole suggestion when it has none
         * @param rewrite     the rewrite as quoted in the suggestion, or null when the suggestion quotes none
         *                    (guidance, or a request for a number)
         * @param after       the words after the quoted rewrite, "" when none
         */
        public record SuggestionParts(String instruction, String rewrite, String after) {
        }

        /** What a line's suggestion asks for; the JSON value is the camel-case name ("addResult"). */
        public enum Advice {
            /** Open with the candidate's own strong verb; the rewrite swaps it in. */
            STRONGER_VERB("strongerVerb"),
            /** A duty: the rewrite is the line with a placeholder for the result it had. */
            ADD_RESULT("addResult"),
            /** The duty already reads as an outcome: say so if it was one, and how much. */
            CONFIRM_RESULT("confirmResult"),
            /** An achievement without a number: add how much (no rewrite sentence). */
            ADD_NUMBER("addNumber"),
            /** No safe sentence could be built: what to do instead (no rewrite sentence). */
            GUIDANCE("guidance");

            private final String json;

            Advice(String json) {
                this.json = json;
            }

            @com.fasterxml.jackson.annotation.JsonValue
            public String json() {
                return json;
            }
        }
    }

    public record Versions(String tool, String skillsModel) {
    }
}
