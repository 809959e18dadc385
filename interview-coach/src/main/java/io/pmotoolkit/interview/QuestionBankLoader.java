package io.pmotoolkit.interview;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and validates question-bank files against a skills model.
 *
 * <p>Every problem is a {@link QuestionBankException} with a one-line message naming the source, the line,
 * the question and the field: an unknown competency, role or keyword, a role that does not expect the
 * question's competency, a duplicate id, a missing field, fewer than two or more than three follow-ups.
 *
 * <p>Thread-safe; stateless.
 */
public final class QuestionBankLoader {

    /** Classpath location of the built-in bank. */
    public static final String BUILT_IN = "/io/pmotoolkit/interview/question-bank.yaml";

    /** The fewest concepts a knowledge question lists: one idea is a definition, not an answer. */
    static final int MIN_CONCEPTS = 2;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private QuestionBankLoader() {
    }

    /** The bank shipped in this jar, validated against {@code model}. */
    public static QuestionBank builtIn(SkillsModel model) {
        try (InputStream in = QuestionBankLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new QuestionBankException("The built-in question bank " + BUILT_IN + " is missing from the jar");
            }
            return parse("question-bank.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), model);
        } catch (IOException e) {
            throw new QuestionBankException("Could not read the built-in question bank: " + e.getMessage(), e);
        }
    }

    /** Parses and validates a bank; {@code source} names it in error messages. */
    public static QuestionBank parse(String source, String text, SkillsModel model) {
        BankFile file;
        try {
            file = YAML.readValue(text, BankFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(source, text, e);
        } catch (JsonMappingException e) {
            throw new QuestionBankException(source + located(e.getLocation()) + ": wrong shape: "
                    + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new QuestionBankException(source + located(e.getLocation()) + ": not valid YAML: "
                    + firstLine(e.getOriginalMessage()), e);
        }
        if (file == null) {
            throw new QuestionBankException(source + " is empty: it needs a version and some questions");
        }
        return new Validator(source, lineIndex(text), model).build(file);
    }

    /** Names the line of the unknown field and the question it is in, and lists the fields in file order. */
    private static QuestionBankException unknownField(String source, String text, UnrecognizedPropertyException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf("/")));
        Integer line = lineIndex(text).get(pointer.toString());
        String entry = "top level";
        if (parent.startsWith("/questions/")) {
            String[] parts = parent.split("/");
            String id = null;
            try {
                id = YAML.readTree(text).at("/questions/" + parts[2] + "/id").asText(null);
            } catch (IOException ignored) {
                // Already parsed once; without the id the message names the position instead.
            }
            entry = id != null ? "question '" + id + "'" : "questions[" + parts[2] + "]";
            if (parent.endsWith("/star")) {
                entry += " star";
            }
        }
        Class<?> type = e.getReferringClass();
        List<String> known = new ArrayList<>();
        if (type.isRecord()) {
            for (var c : type.getRecordComponents()) {
                known.add(c.getName());
            }
        }
        return new QuestionBankException(source + (line == null ? located(e.getLocation()) : " line " + line) + ": "
                + entry + ": unknown field '" + e.getPropertyName() + "'; known fields: " + String.join(", ", known), e);
    }

    private static String located(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    private static String firstLine(String msg) {
        int cut = msg == null ? -1 : msg.indexOf('\n');
        return cut > 0 ? msg.substring(0, cut) : String.valueOf(msg);
    }

    /** Maps JSON pointers of objects and values ({@code /questions/3/competency}) to their line. */
    private static Map<String, Integer> lineIndex(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t.isScalarValue()) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // The mapper has already parsed this text; without the index we only lose line numbers.
        }
        return lines;
    }

    // --- file shape -------------------------------------------------------------------------------

    record BankFile(String version, LinkedHashMap<String, String> gapAdvice, LinkedHashMap<String, Double> typeWeights,
                    LinkedHashMap<String, List<String>> dutyTopics, List<QuestionEntry> questions) {
    }

    record QuestionEntry(String id, String type, String competency, List<String> roles, String text, String why,
                         StarEntry star, List<String> pitfalls, List<String> followUps, List<String> keywords,
                         String audience, List<ConceptEntry> concepts, List<ConceptEntry> misconceptions) {
    }

    record ConceptEntry(String name, List<String> signals) {
    }

    record StarEntry(String situation, String task, String action, String result) {
    }

    // --- validation -------------------------------------------------------------------------------

    private static final class Validator {
        private final String source;
        private final Map<String, Integer> lines;
        private final SkillsModel model;
        private final Map<String, Keyword> keywords = new HashMap<>();

        Validator(String source, Map<String, Integer> lines, SkillsModel model) {
            this.source = source;
            this.lines = lines;
            this.model = model;
            model.keywords().forEach(k -> keywords.put(k.term().toLowerCase(Locale.ROOT), k));
        }

        private QuestionBankException error(String pointer, String entry, String message) {
            Integer line = lines.get(pointer);
            return new QuestionBankException(source + (line == null ? "" : " line " + line) + ": " + entry + ": "
                    + message);
        }

        private static String clean(String value) {
            return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
        }

        private String required(String value, String ptr, String entry, String field) {
            String v = clean(value);
            if (v == null) {
                throw error(ptr, entry, "'" + field + "' is missing");
            }
            return v;
        }

        private List<String> texts(List<String> values, String ptr, String entry, String field, int min, int max) {
            List<String> out = new ArrayList<>();
            if (values != null) {
                for (String v : values) {
                    String c = clean(v);
                    if (c == null) {
                        throw error(ptr + "/" + field, entry, "'" + field + "' has an empty item");
                    }
                    out.add(c);
                }
            }
            if (out.size() < min || out.size() > max) {
                String range = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min
                        : min + " to " + max;
                throw error(values == null ? ptr : ptr + "/" + field, entry, "'" + field + "' needs " + range
                        + " items, found " + out.size());
            }
            return out;
        }

        QuestionBank build(BankFile file) {
            String version = clean(file.version());
            if (version == null) {
                throw error("", "top level", "'version' is missing: give the bank a version such as \"1\"");
            }
            Map<String, String> advice = new LinkedHashMap<>();
            if (file.gapAdvice() != null) {
                for (var e : file.gapAdvice().entrySet()) {
                    if (model.findCompetency(e.getKey()).isEmpty()) {
                        throw error("/gapAdvice/" + e.getKey(), "gapAdvice", "unknown competency '" + e.getKey()
                                + "'");
                    }
                    advice.put(e.getKey(), required(e.getValue(), "/gapAdvice/" + e.getKey(), "gapAdvice",
                            e.getKey()));
                }
            }
            if (file.questions() == null || file.questions().isEmpty()) {
                throw error("", "top level", "no questions: add at least one under 'questions'");
            }
            Map<String, Integer> seen = new HashMap<>();
            List<Question> questions = new ArrayList<>();
            for (int i = 0; i < file.questions().size(); i++) {
                QuestionEntry q = file.questions().get(i);
                String ptr = "/questions/" + i;
                if (q == null) {
                    throw error(ptr, "questions[" + i + "]", "the entry is empty");
                }
                questions.add(question(q, ptr, "questions[" + i + "]", seen));
            }
            return new QuestionBank(version, questions, advice, typeWeights(file.typeWeights()),
                    dutyTopics(file.dutyTopics()));
        }

        private static String typeIds() {
            return String.join(", ", java.util.Arrays.stream(QuestionType.values()).map(QuestionType::id).toList());
        }

        /** The weight of each question type it names: a known type, a positive number. */
        private Map<QuestionType, Double> typeWeights(Map<String, Double> weights) {
            Map<QuestionType, Double> out = new java.util.EnumMap<>(QuestionType.class);
            if (weights == null) {
                return out;
            }
            for (var e : weights.entrySet()) {
                String ptr = "/typeWeights/" + e.getKey();
                QuestionType type = QuestionType.find(e.getKey()).orElseThrow(() -> error(ptr, "typeWeights",
                        "unknown question type '" + e.getKey() + "': use one of " + typeIds()));
                if (e.getValue() == null || !(e.getValue() > 0)) {
                    throw error(ptr, "typeWeights", "the weight of '" + e.getKey() + "' must be a number above 0, not "
                            + e.getValue());
                }
                out.put(type, e.getValue());
            }
            return out;
        }

        /**
         * Each competency's words, as the beginnings of words ("schedul" matches "scheduled"); a sign such as
         * "£" anywhere.
         */
        private Map<String, java.util.regex.Pattern> dutyTopics(Map<String, List<String>> topics) {
            Map<String, java.util.regex.Pattern> out = new LinkedHashMap<>();
            if (topics == null) {
                return out;
            }
            for (var e : topics.entrySet()) {
                String ptr = "/dutyTopics/" + e.getKey();
                if (model.findCompetency(e.getKey()).isEmpty()) {
                    throw error(ptr, "dutyTopics", "unknown competency '" + e.getKey() + "'");
                }
                List<String> alternatives = new ArrayList<>();
                for (String w : texts(e.getValue(), ptr, "dutyTopics", e.getKey(), 1, Integer.MAX_VALUE)) {
                    String word = w.toLowerCase(Locale.ROOT);
                    alternatives.add((Character.isLetterOrDigit(word.charAt(0)) ? "\\b" : "")
                            + java.util.regex.Pattern.quote(word));
                }
                out.put(e.getKey(), java.util.regex.Pattern.compile(String.join("|", alternatives)));
            }
            return out;
        }

        private Question question(QuestionEntry q, String ptr, String position, Map<String, Integer> seen) {
            String id = clean(q.id());
            if (id == null) {
                throw error(ptr, position, "'id' is missing");
            }
            String entry = "question '" + id + "'";
            if (!ID.matcher(id).matches()) {
                throw error(ptr + "/id", entry, "id must be lower-case words joined by hyphens, like raid-log-setup");
            }
            Integer first = seen.putIfAbsent(id, lines.getOrDefault(ptr, 0));
            if (first != null) {
                throw error(ptr + "/id", entry, "duplicate id (first used at line " + first + ")");
            }
            String typeId = required(q.type(), ptr, entry, "type");
            QuestionType type = QuestionType.find(typeId).orElseThrow(() -> error(ptr + "/type", entry,
                    "unknown type '" + typeId + "': use one of " + typeIds()));
            String competency = required(q.competency(), ptr, entry, "competency");
            if (model.findCompetency(competency).isEmpty()) {
                throw error(ptr + "/competency", entry, "unknown competency '" + competency + "'");
            }
            List<String> roles = texts(q.roles(), ptr, entry, "roles", 1, Integer.MAX_VALUE);
            for (String roleId : roles) {
                Role role = model.findRole(roleId).orElseThrow(() -> error(ptr + "/roles", entry,
                        "unknown role '" + roleId + "'"));
                if (role.weightOf(competency) == 0) {
                    throw error(ptr + "/roles", entry, "role '" + roleId + "' does not expect competency '"
                            + competency + "'");
                }
            }
            String text = required(q.text(), ptr, entry, "text");
            String why = required(q.why(), ptr, entry, "why");
            if (q.star() == null) {
                throw error(ptr, entry, "'star' is missing: give situation, task, action and result guidance");
            }
            String sp = ptr + "/star";
            Star star = new Star(required(q.star().situation(), sp, entry, "star.situation"),
                    required(q.star().task(), sp, entry, "star.task"),
                    required(q.star().action(), sp, entry, "star.action"),
                    required(q.star().result(), sp, entry, "star.result"));
            List<String> pitfalls = texts(q.pitfalls(), ptr, entry, "pitfalls", 1, Integer.MAX_VALUE);
            List<String> followUps = texts(q.followUps(), ptr, entry, "followUps", 2, 3);
            List<String> terms = new ArrayList<>();
            if (q.keywords() != null) {
                for (String k : q.keywords()) {
                    Keyword kw = k == null ? null : keywords.get(k.strip().toLowerCase(Locale.ROOT));
                    if (kw == null) {
                        throw error(ptr + "/keywords", entry, "unknown keyword '" + k
                                + "': use a term of the skills model");
                    }
                    terms.add(kw.term());
                }
            }
            Audience audience = q.audience() == null ? Audience.EVERYONE : Audience.find(q.audience())
                    .filter(a -> a != Audience.EVERYONE).orElseThrow(() -> error(ptr + "/audience", entry,
                            "unknown audience '" + q.audience() + "': use outside-pmo or in-pmo, or leave it out"));
            List<Concept> concepts = concepts(q.concepts(), ptr + "/concepts", entry, "concepts");
            List<Concept> wrong = concepts(q.misconceptions(), ptr + "/misconceptions", entry, "misconceptions");
            if (type == QuestionType.KNOWLEDGE && concepts.size() < MIN_CONCEPTS) {
                throw error(q.concepts() == null ? ptr : ptr + "/concepts", entry, "a knowledge question needs at least "
                        + MIN_CONCEPTS + " 'concepts' (the ideas a correct answer covers), found " + concepts.size());
            }
            if (type != QuestionType.KNOWLEDGE && !(concepts.isEmpty() && wrong.isEmpty())) {
                throw error(ptr + (concepts.isEmpty() ? "/misconceptions" : "/concepts"), entry,
                        "'concepts' and 'misconceptions' are for knowledge questions only, not " + type.id());
            }
            return new Question(id, type, competency, roles, text, why, star, pitfalls, followUps, terms, audience,
                    concepts, wrong);
        }

        /** Concepts or misconceptions: each with a name and at least one signal phrase. */
        private List<Concept> concepts(List<ConceptEntry> entries, String ptr, String entry, String field) {
            List<Concept> out = new ArrayList<>();
            if (entries == null) {
                return out;
            }
            for (int i = 0; i < entries.size(); i++) {
                ConceptEntry c = entries.get(i);
                String at = ptr + "/" + i;
                if (c == null) {
                    throw error(at, entry, "'" + field + "' has an empty item");
                }
                String name = required(c.name(), at, entry, field + ".name");
                out.add(new Concept(name, texts(c.signals(), at, entry, field + " '" + name + "' signals", 1,
                        Integer.MAX_VALUE)));
            }
            return out;
        }
    }
}
