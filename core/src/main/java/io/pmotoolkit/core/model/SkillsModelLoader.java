package io.pmotoolkit.core.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.text.WordKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and validates skills-model files.
 *
 * <p>{@link #builtIn()} is the reviewed model shipped in this jar. {@link #withFile(SkillsModel, Path)}
 * applies a coach's file on top of it: entries with an existing id (a keyword's id is its term) replace
 * the built-in ones and new ids are added; a file with {@code replace: true} stands on its own.
 * Every problem is reported as a {@link SkillsModelException} whose one-line message names the file,
 * the line, the entry and the field.
 *
 * <p>Thread-safe; the built-in model is parsed once.
 */
public final class SkillsModelLoader {

    /** Classpath location of the built-in model. */
    public static final String BUILT_IN = "/io/pmotoolkit/core/skills-model.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Jackson's YAML mapper, made on first use: the built-in model usually loads from its compact form. */
    private static final class Yaml {
        private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private SkillsModelLoader() {
    }

    private static final class BuiltIn {
        private static final SkillsModel MODEL = loadBuiltIn();
    }

    /** The model shipped with the toolkit. */
    public static SkillsModel builtIn() {
        return BuiltIn.MODEL;
    }

    /**
     * The built-in model: from its compact form committed beside the YAML when that was made from this YAML
     * (see {@link CompactModel}; binding the YAML cold was about a quarter of a one-CV run), else from the YAML.
     */
    private static SkillsModel loadBuiltIn() {
        String source = "built-in skills model";
        try (InputStream in = SkillsModelLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new SkillsModelException("The built-in skills model " + BUILT_IN + " is missing from the jar");
            }
            byte[] yaml = in.readAllBytes();
            String text = new String(yaml, StandardCharsets.UTF_8);
            ModelFile file = compactForm(yaml).orElseGet(() -> bind(source, text));
            return build(source, text, file, null);
        } catch (IOException e) {
            throw new SkillsModelException("Could not read the built-in skills model: " + e.getMessage(), e);
        }
    }

    private static java.util.Optional<ModelFile> compactForm(byte[] yaml) throws IOException {
        try (InputStream in = SkillsModelLoader.class.getResourceAsStream(CompactModel.RESOURCE)) {
            return in == null ? java.util.Optional.empty() : CompactModel.decode(in.readAllBytes(), yaml);
        }
    }

    /** Applies a skills-model file on top of {@code base} (or instead of it, with {@code replace: true}). */
    public static SkillsModel withFile(SkillsModel base, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SkillsModelException("Skills file " + file + " does not exist: check the path given to --skills-file");
        } catch (IOException e) {
            throw new SkillsModelException("Could not read skills file " + file + ": " + e.getMessage(), e);
        }
        return parse(file.getFileName().toString(), text, base);
    }

    /** Parses a model from text; {@code base} non-null means the text extends it unless it says replace. */
    public static SkillsModel parse(String source, String text, SkillsModel base) {
        return build(source, text, bind(source, text), base);
    }

    /** The file's shape bound from YAML text, not validated yet. */
    static ModelFile bind(String source, String text) {
        ModelFile file;
        try {
            file = Yaml.MAPPER.readValue(text, ModelFile.class);
        } catch (JsonMappingException e) {
            throw new SkillsModelException(source + located(e.getLocation()) + ": " + describe(e), e);
        } catch (JsonProcessingException e) {
            throw new SkillsModelException(source + located(e.getLocation()) + ": not valid YAML: "
                    + firstLine(e.getOriginalMessage()), e);
        }
        if (file == null) {
            throw new SkillsModelException(source + " is empty: it needs at least a version and some keywords");
        }
        return file;
    }

    private static SkillsModel build(String source, String text, ModelFile file, SkillsModel base) {
        // Line numbers are only needed for an error message: the index (a second parse) is built then.
        return new Validator(source, () -> lineIndex(text)).build(file,
                file.replace() != null && file.replace() ? null : base);
    }

    private static String located(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " line " + location.getLineNr();
    }

    private static String describe(JsonMappingException e) {
        String path = pathOf(e.getPath());
        String msg = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'" + (path.isEmpty() ? "" : " in " + parentOf(path))
                    + "; known fields: " + u.getKnownPropertyIds();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return (path.isEmpty() ? "the file" : "'" + path + "'") + " has the wrong shape: expected "
                    + expected(m.getTargetType());
        }
        if (e.getCause() instanceof JsonProcessingException syntax) {
            return "not valid YAML: " + firstLine(syntax.getOriginalMessage());
        }
        return (path.isEmpty() ? "" : path + ": ") + firstLine(msg);
    }

    private static String firstLine(String msg) {
        int cut = msg == null ? -1 : msg.indexOf('\n');
        return cut > 0 ? msg.substring(0, cut) : String.valueOf(msg);
    }

    private static String expected(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ' or [a, b])";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a piece of text";
        }
        return "a mapping (key: value lines)";
    }

    private static String pathOf(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "the top level" : path.substring(0, dot);
    }

    /** Maps JSON pointers of objects and fields ({@code /keywords/3}) to their line in the file. */
    private static Map<String, Integer> lineIndex(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Yaml.MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.VALUE_STRING || t == JsonToken.START_ARRAY) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // The mapper has already parsed this text; an index without lines only loses line numbers.
        }
        return lines;
    }

    private static final java.util.regex.Pattern FORM_WORD_BREAK = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}+#.]+");
    private static final java.util.regex.Pattern EDGE_DOTS = java.util.regex.Pattern.compile("^\\.+|\\.+$");

    /** Collision key of an alias: case, inflection, hyphens and possessives do not make a new form. */
    static String formKey(String form) {
        return formKey(form, Map.of());
    }

    /**
     * Each family's words keyed as its first word: the map from {@link WordKeys#key} of every member to the
     * key of the family's first word.
     */
    public static Map<String, String> familyKeys(List<List<String>> families) {
        Map<String, String> out = new HashMap<>();
        for (List<String> f : families) {
            String head = WordKeys.key(f.get(0));
            for (String w : f) {
                out.put(WordKeys.key(w), head);
            }
        }
        return out;
    }

    static String formKey(String form, Map<String, String> familyOf) {
        StringBuilder b = new StringBuilder();
        for (String w : FORM_WORD_BREAK.split(form.toLowerCase(Locale.ROOT).replace("&", " and "))) {
            String word = EDGE_DOTS.matcher(w).replaceAll("");
            if (!word.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                String key = WordKeys.key(word);
                b.append(familyOf.getOrDefault(key, key));
            }
        }
        return b.toString();
    }

    // --- file shape -------------------------------------------------------------------------------

    record ModelFile(String version, Boolean replace, List<CompetencyEntry> competencies, List<RoleEntry> roles,
                     List<KeywordEntry> keywords, List<BackgroundEntry> backgrounds, List<List<String>> wordFamilies,
                     List<String> aspirationCues, List<String> organisationWords,
                     CertificationWordsEntry certificationWords, List<CredentialGroupEntry> credentialGroups,
                     List<String> pmoWork, LinkedHashMap<String, List<String>> cvVocabulary) {
    }

    record CredentialGroupEntry(String id, String name, List<String> members, LinkedHashMap<String, String> importance,
                                List<RecommendEntry> recommend) {
    }

    record RecommendEntry(List<Integer> levels, List<String> routes, List<String> next, String reason) {
    }

    record CertificationWordsEntry(List<String> renewed, List<String> validUntil, List<String> obtained) {
    }

    record RenewalEntry(Integer from, Integer to, List<String> forms, Integer every, Integer renewBy, String rule,
                        String source, String summary) {
    }

    record CompetencyEntry(String id, String name, String area, String description) {
    }

    record RoleEntry(String id, String title, Integer level, String summary, List<String> titles,
                     LinkedHashMap<String, Integer> competencies, List<String> ladderWords, Integer advertYears) {
    }

    record KeywordEntry(String term, String competency, List<String> aliases, Boolean caseSensitive,
                        LinkedHashMap<String, String> importance, List<String> notWithin, List<String> implies,
                        List<String> notNear, List<RenewalEntry> renewal) {
    }

    record BackgroundEntry(String id, String name, List<String> signals, List<String> transfers,
                           List<String> build, List<String> targetRoles, Double maxYears, List<String> changeSignals,
                           List<String> fieldTitles) {
    }

    // --- validation -------------------------------------------------------------------------------

    /** Who owns the cvVocabulary lists and knows their names: resume-analyzer, when it is on the class path. */
    private static final List<VocabularyLists> VOCABULARY_LISTS = java.util.ServiceLoader.load(VocabularyLists.class,
            SkillsModelLoader.class.getClassLoader()).stream().map(java.util.ServiceLoader.Provider::get).toList();

    private static final class Validator {
        private final String source;
        private final java.util.function.Supplier<Map<String, Integer>> lines;

        Validator(String source, java.util.function.Supplier<Map<String, Integer>> lines) {
            this.source = source;
            this.lines = lines;
        }

        private SkillsModelException error(String pointer, String entry, String message) {
            Integer line = lines.get().get(pointer);
            return new SkillsModelException(source + (line == null ? "" : " line " + line) + ": "
                    + entry + ": " + message);
        }

        private static String require(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        SkillsModel build(ModelFile file, SkillsModel base) {
            String version = require(file.version());
            if (version == null) {
                throw error("", "top level", "'version' is missing: give the file a version such as \"1.0\"");
            }
            Map<String, Competency> competencies = new LinkedHashMap<>();
            Map<String, Role> roles = new LinkedHashMap<>();
            Map<String, Keyword> keywords = new LinkedHashMap<>();
            Map<String, Background> backgrounds = new LinkedHashMap<>();
            Map<String, Renewal> renewals = new LinkedHashMap<>();
            if (base != null) {
                base.renewals().forEach((term, r) -> renewals.put(term.toLowerCase(Locale.ROOT), r));
                base.competencies().forEach(c -> competencies.put(c.id(), c));
                base.roles().forEach(r -> roles.put(r.id(), r));
                base.keywords().forEach(k -> keywords.put(k.term().toLowerCase(Locale.ROOT), k));
                base.backgrounds().forEach(b -> backgrounds.put(b.id(), b));
                version = base.version() + "+" + source + "@" + version;
            }
            List<String> seen = new ArrayList<>();
            forEach(file.competencies(), "competencies", (c, ptr, entry) -> {
                String id = checkId(c.id(), ptr, entry, seen);
                String name = require(c.name());
                if (name == null) {
                    throw error(ptr, entry, "'name' is missing");
                }
                if (c.area() == null) {
                    throw error(ptr, entry, "'area' is missing: use one of " + areaIds());
                }
                Area area = Area.find(c.area()).orElseThrow(() -> error(ptr + "/area", entry,
                        "unknown area '" + c.area() + "': use one of " + areaIds()));
                competencies.put(id, new Competency(id, name, area, c.description() == null ? "" : c.description().strip()));
            });
            seen.clear();
            Map<String, String> rolePointers = new HashMap<>();
            forEach(file.roles(), "roles", (r, ptr, entry) -> {
                String id = checkId(r.id(), ptr, entry, seen);
                String title = require(r.title());
                if (title == null) {
                    throw error(ptr, entry, "'title' is missing");
                }
                int level = r.level() == null ? 0 : r.level();
                if (level < 1) {
                    throw error(ptr, entry, "'level' must be a whole number from 1 (entry) upwards, not " + r.level());
                }
                rolePointers.put(id, ptr);
                if (r.advertYears() != null && (r.advertYears() < 0 || r.advertYears() > 50)) {
                    throw error(ptr + "/advertYears", entry, "'advertYears' must be a number of years from 0 to 50, not "
                            + r.advertYears());
                }
                Map<String, Integer> weights = new LinkedHashMap<>();
                if (r.competencies() == null || r.competencies().isEmpty()) {
                    throw error(ptr, entry, "'competencies' is missing: give each expected competency a weight from 1 to 5");
                }
                for (var e : r.competencies().entrySet()) {
                    if (!competencies.containsKey(e.getKey())) {
                        throw error(ptr + "/competencies", entry, "unknown competency '" + e.getKey() + "'");
                    }
                    if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
                        throw error(ptr + "/competencies", entry, "weight of '" + e.getKey()
                                + "' must be from 1 to 5, not " + e.getValue());
                    }
                    weights.put(e.getKey(), e.getValue());
                }
                roles.put(id, new Role(id, title, level, r.summary() == null ? "" : r.summary().strip(),
                        r.titles() == null ? List.of() : r.titles(), weights,
                        texts(r.ladderWords(), ptr + "/ladderWords", entry, "a ladder word"), r.advertYears()));
            });
            if (roles.isEmpty()) {
                throw error("", "top level", "no roles: define at least one role");
            }
            checkLadder(roles, rolePointers);
            Map<String, String> termsInFile = new HashMap<>();
            forEach(file.keywords(), "keywords", (k, ptr, entry) -> {
                String term = require(k.term());
                if (term == null) {
                    throw error(ptr, entry, "'term' is missing");
                }
                String label = "keyword '" + term + "'";
                String termKey = term.toLowerCase(Locale.ROOT);
                keywordPointers.put(termKey, ptr);
                if (termsInFile.put(termKey, term) != null) {
                    throw error(ptr, label, "the term is defined twice in this file");
                }
                String competency = require(k.competency());
                if (competency == null) {
                    throw error(ptr, label, "'competency' is missing");
                }
                if (!competencies.containsKey(competency)) {
                    throw error(ptr + "/competency", label, "unknown competency '" + competency + "': use one of "
                            + String.join(", ", competencies.keySet()));
                }
                List<String> aliases = new ArrayList<>();
                if (k.aliases() != null) {
                    for (String a : k.aliases()) {
                        if (a == null || a.isBlank()) {
                            throw error(ptr + "/aliases", label, "an alias is empty");
                        }
                        aliases.add(a.strip());
                    }
                }
                Map<String, Importance> importance = importance(k.importance(), roles, ptr, label,
                        "say which roles expect the term (essential or desirable)");
                Keyword keyword = new Keyword(term, competency, aliases, k.caseSensitive(), importance,
                        texts(k.notWithin(), ptr + "/notWithin", label, "a notWithin phrase"),
                        texts(k.implies(), ptr + "/implies", label, "an implied term"),
                        words(k.notNear(), ptr + "/notNear", label));
                keywords.put(termKey, keyword);
                // A keyword's entry replaces the built-in one as a whole, its renewal rules (or their absence) too.
                renewals.remove(termKey);
                if (k.renewal() != null && !k.renewal().isEmpty()) {
                    renewals.put(termKey, renewal(keyword, k.renewal(), ptr + "/renewal", label));
                }
            });
            List<List<String>> families = new ArrayList<>();
            if (base != null) {
                families.addAll(base.wordFamilies());
            }
            families.addAll(checkFamilies(file.wordFamilies(), base == null ? List.of() : base.wordFamilies()));
            Map<String, String> familyOf = familyKeys(families);
            List<String> cues = new ArrayList<>(base == null ? List.of() : base.aspirationCues());
            for (String cue : texts(file.aspirationCues(), "/aspirationCues", "aspirationCues", "a cue")) {
                String c = cue.toLowerCase(Locale.ROOT);
                if (!cues.contains(c)) {
                    cues.add(c);
                }
            }
            List<String> pmoWork = new ArrayList<>(base == null ? List.of() : base.pmoWork());
            for (String w : texts(file.pmoWork(), "/pmoWork", "pmoWork", "a phrase")) {
                if (!pmoWork.contains(w)) {
                    pmoWork.add(w);
                }
            }
            List<String> orgWords = new ArrayList<>(base == null ? List.of() : base.organisationWords());
            for (String w : words(file.organisationWords(), "/organisationWords", "organisationWords")) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (!orgWords.contains(lower)) {
                    orgWords.add(lower);
                }
            }
            CertificationWords certWords = certificationWords(file.certificationWords(),
                    base == null ? null : base.certificationWords());
            checkImplies(keywords);
            checkAliases(keywords, familyOf);
            seen.clear();
            forEach(file.backgrounds(), "backgrounds", (b, ptr, entry) -> {
                String id = checkId(b.id(), ptr, entry, seen);
                for (String role : b.targetRoles() == null ? List.<String>of() : b.targetRoles()) {
                    if (!roles.containsKey(role)) {
                        throw error(ptr + "/targetRoles", entry, "unknown role '" + role + "'");
                    }
                }
                if (b.maxYears() != null && !(b.maxYears() > 0)) {
                    throw error(ptr + "/maxYears", entry, "'maxYears' must be a positive number of years, not " + b.maxYears());
                }
                backgrounds.put(id, new Background(id, require(b.name()) == null ? id : b.name().strip(),
                        nonNull(b.signals()), nonNull(b.transfers()), nonNull(b.build()), nonNull(b.targetRoles()),
                        b.maxYears(), texts(b.changeSignals(), ptr + "/changeSignals", entry, "a change signal"),
                        texts(b.fieldTitles(), ptr + "/fieldTitles", entry, "a field title")));
            });
            Map<String, Renewal> renewalsByTerm = new LinkedHashMap<>();
            renewals.forEach((key, r) -> renewalsByTerm.put(keywords.get(key).term(), r));
            List<CredentialGroup> groups = credentialGroups(file.credentialGroups(),
                    base == null ? List.of() : base.credentialGroups(), roles, keywords, backgrounds);
            return new SkillsModel(version, List.copyOf(competencies.values()), List.copyOf(roles.values()),
                    List.copyOf(keywords.values()), List.copyOf(backgrounds.values()), families, cues, orgWords,
                    renewalsByTerm, certWords, groups, pmoWork, vocabulary(file.cvVocabulary(), base));
        }

        /**
         * The file's CV-reading word lists over the base's: a list the file names is added to the base's list of
         * that name, or replaces the built-in one when the file stands alone ({@code replace: true}).
         */
        private VocabularyOverlay vocabulary(Map<String, List<String>> lists, SkillsModel base) {
            Map<String, List<String>> merged = new LinkedHashMap<>();
            if (base != null) {
                merged.putAll(base.cvVocabulary().lists());
            }
            if (lists != null) {
                for (var e : lists.entrySet()) {
                    String name = e.getKey();
                    if (!name.matches("[a-zA-Z]+(?:\\.[a-zA-Z]+)?")) {
                        throw error("/cvVocabulary", "cvVocabulary", "'" + name + "' is not a list name such as"
                                + " titleWords or headings.experience");
                    }
                    for (VocabularyLists known : VOCABULARY_LISTS) {
                        try {
                            known.check(name);
                        } catch (IllegalArgumentException unknown) {
                            throw error("/cvVocabulary/" + name, "cvVocabulary." + name, unknown.getMessage());
                        }
                    }
                    List<String> words = new ArrayList<>(merged.getOrDefault(name, List.of()));
                    for (String w : texts(e.getValue(), "/cvVocabulary/" + name, "cvVocabulary." + name, "a word")) {
                        if (!words.contains(w)) {
                            words.add(w);
                        }
                    }
                    merged.put(name, words);
                }
            }
            boolean replaces = base == null ? lists != null : base.cvVocabulary().replaces();
            return new VocabularyOverlay(merged, replaces);
        }

        /**
         * The roles' levels are the ladder: one role on each level, no level left empty between the lowest and the
         * highest. The highest level is the ladder's top ("level 5 of 5"), so a fifth role works everywhere, and
         * two roles on one level or a gap are refused, naming the role whose level breaks the rule.
         */
        private void checkLadder(Map<String, Role> roles, Map<String, String> pointers) {
            java.util.TreeMap<Integer, Role> byLevel = new java.util.TreeMap<>();
            for (Role r : roles.values()) {
                Role other = byLevel.putIfAbsent(r.level(), r);
                if (other != null) {
                    Role named = pointers.containsKey(r.id()) ? r : other;
                    throw error(pointers.getOrDefault(named.id(), ""), "role '" + named.id() + "'", "level "
                            + r.level() + " is also the level of role '" + (named == r ? other : r).id()
                            + "': each level of the ladder has one role");
                }
            }
            int expected = byLevel.firstKey();
            for (var e : byLevel.entrySet()) {
                if (e.getKey() != expected) {
                    Role r = e.getValue();
                    throw error(pointers.getOrDefault(r.id(), ""), "role '" + r.id() + "'", "level " + e.getKey()
                            + " leaves level " + expected + " without a role: the levels run 1, 2, 3... with no gap");
                }
                expected++;
            }
        }

        /**
         * The credential groups: the base's, with the file's replacing those of the same id and adding new ones,
         * each checked against the merged roles, keywords and backgrounds.
         */
        private List<CredentialGroup> credentialGroups(List<CredentialGroupEntry> entries, List<CredentialGroup> base,
                                                       Map<String, Role> roles, Map<String, Keyword> keywords,
                                                       Map<String, Background> backgrounds) {
            Map<String, CredentialGroup> groups = new LinkedHashMap<>();
            base.forEach(g -> groups.put(g.id(), g));
            Map<String, String> groupPointers = new HashMap<>();
            List<String> seen = new ArrayList<>();
            forEach(entries, "credentialGroups", (g, ptr, entry) -> {
                String id = checkId(g.id(), ptr, entry, seen);
                String label = "credential group '" + id + "'";
                groupPointers.put(id, ptr);
                String name = require(g.name());
                if (name == null) {
                    throw error(ptr, label, "'name' is missing: say the kind in words, like \"a PMO credential\"");
                }
                List<String> members = new ArrayList<>();
                String competency = null;
                for (String raw : texts(g.members(), ptr + "/members", label, "a member")) {
                    Keyword k = keywords.get(raw.toLowerCase(Locale.ROOT));
                    if (k == null) {
                        throw error(ptr + "/members", label, "unknown member '" + raw
                                + "': a member must be the term of a keyword of the model");
                    }
                    if (members.contains(k.term())) {
                        throw error(ptr + "/members", label, "'" + k.term() + "' is listed twice");
                    }
                    if (competency != null && !competency.equals(k.competency())) {
                        throw error(ptr + "/members", label, "'" + k.term() + "' is a keyword of '" + k.competency()
                                + "' but '" + members.get(0) + "' of '" + competency
                                + "': the members of a group share one competency");
                    }
                    competency = k.competency();
                    members.add(k.term());
                }
                if (members.isEmpty()) {
                    throw error(ptr, label, "'members' is empty: list the credentials, any one of which will do");
                }
                Map<String, Importance> importance = importance(g.importance(), roles, ptr, label,
                        "say which roles expect one of the kind");
                groups.put(id, new CredentialGroup(id, name, competency, members, importance,
                        recommendations(g.recommend(), ptr + "/recommend", label, members, roles, backgrounds)));
            });
            checkOneGroupPerRole(groups.values(), groupPointers);
            return List.copyOf(groups.values());
        }

        /** A role-to-importance map, each role known and each value essential or desirable. */
        private Map<String, Importance> importance(Map<String, String> raw, Map<String, Role> roles, String ptr,
                                                   String label, String hint) {
            if (raw == null || raw.isEmpty()) {
                throw error(ptr, label, "'importance' is missing: " + hint);
            }
            Map<String, Importance> importance = new LinkedHashMap<>();
            for (var e : raw.entrySet()) {
                if (!roles.containsKey(e.getKey())) {
                    throw error(ptr + "/importance", label, "unknown role '" + e.getKey() + "': use one of "
                            + String.join(", ", roles.keySet()));
                }
                Importance imp = e.getValue() == null ? null : Importance.find(e.getValue()).orElse(null);
                if (imp == null) {
                    throw error(ptr + "/importance", label, "importance for '" + e.getKey()
                            + "' must be essential or desirable, not '" + e.getValue() + "'");
                }
                importance.put(e.getKey(), imp);
            }
            return importance;
        }

        private List<CredentialGroup.Recommend> recommendations(List<RecommendEntry> entries, String ptr, String label,
                                                                List<String> members, Map<String, Role> roles,
                                                                Map<String, Background> backgrounds) {
            List<CredentialGroup.Recommend> out = new ArrayList<>();
            List<String> covered = new ArrayList<>();
            for (int i = 0; i < (entries == null ? 0 : entries.size()); i++) {
                RecommendEntry r = entries.get(i);
                String at = ptr + "/" + i;
                String what = "recommend[" + i + "]";
                if (r == null) {
                    throw error(at, label, what + " is empty");
                }
                if (r.levels() == null || r.levels().isEmpty()) {
                    throw error(at, label, what + ": 'levels' is missing: give the target-role levels it is for");
                }
                for (Integer level : r.levels()) {
                    if (level == null || roles.values().stream().noneMatch(role -> role.level() == level)) {
                        throw error(at, label, what + ": no role has level " + level);
                    }
                }
                List<String> routes = texts(r.routes(), at + "/routes", label, "a route");
                for (String route : routes) {
                    if (!backgrounds.containsKey(route)) {
                        throw error(at, label, what + ": unknown route '" + route + "': use one of "
                                + String.join(", ", backgrounds.keySet()));
                    }
                }
                List<String> next = new ArrayList<>();
                for (String term : texts(r.next(), at + "/next", label, "a credential")) {
                    String member = members.stream().filter(m -> m.equalsIgnoreCase(term)).findFirst()
                            .orElseThrow(() -> error(at, label, what + ": '" + term
                                    + "' is not a member of the group: a group suggests only its own members"));
                    next.add(member);
                }
                if (next.isEmpty()) {
                    throw error(at, label, what + ": 'next' is empty: name the member to suggest first");
                }
                String reason = require(r.reason());
                if (reason == null) {
                    throw error(at, label, what + ": 'reason' is missing: say in a few words why this one");
                }
                for (int level : r.levels()) {
                    for (String route : routes.isEmpty() ? List.of("*") : routes) {
                        String key = level + "/" + route;
                        if (covered.contains(key)) {
                            throw error(at, label, what + ": level " + level + (route.equals("*") ? " for every route"
                                    : " and route '" + route + "'") + " already has an entry");
                        }
                        covered.add(key);
                    }
                }
                out.add(new CredentialGroup.Recommend(r.levels(), routes, next, reason));
            }
            return out;
        }

        /** A credential in two groups that one role both expects would count twice for it. */
        private void checkOneGroupPerRole(java.util.Collection<CredentialGroup> groups, Map<String, String> pointers) {
            List<CredentialGroup> list = List.copyOf(groups);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    CredentialGroup a = list.get(i);
                    CredentialGroup b = list.get(j);
                    for (String role : a.importance().keySet()) {
                        if (!b.importance().containsKey(role)) {
                            continue;
                        }
                        for (String term : a.members()) {
                            if (b.has(term)) {
                                throw error(pointers.getOrDefault(b.id(), ""), "credential group '" + b.id() + "'",
                                        "'" + term + "' is also in group '" + a.id() + "', and role '" + role
                                                + "' expects both: a credential counts once for a role, so give "
                                                + "the two groups different roles or different members");
                            }
                        }
                    }
                }
            }
        }

        private static final Pattern SOURCE = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");
        private static final int FIRST_YEAR = 1950;
        private static final int LAST_YEAR = 2100;

        /** A keyword's renewal rules, each with its years, forms, cycle and public source. */
        private Renewal renewal(Keyword keyword, List<RenewalEntry> entries, String ptr, String label) {
            List<Renewal.Period> periods = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                RenewalEntry e = entries.get(i);
                String at = ptr + "/" + i;
                String what = "renewal[" + i + "]";
                if (e == null) {
                    throw error(at, label, what + " is empty");
                }
                if (e.every() == null || e.every() < 1 || e.every() > 10) {
                    throw error(at, label, what + ": 'every' must be the years between renewals, 1 to 10, not "
                            + e.every());
                }
                String rule = require(e.rule());
                if (rule == null) {
                    throw error(at, label, what + ": 'rule' is missing: say the rule in a CV reader's words");
                }
                String source = require(e.source());
                if (source == null || !SOURCE.matcher(source).matches()) {
                    throw error(at, label, what + ": 'source' must be the address of the public page the rule"
                            + " comes from (https://...), not " + (source == null ? "nothing" : "'" + source + "'"));
                }
                String summary = require(e.summary());
                if (summary == null) {
                    throw error(at, label, what + ": 'summary' is missing: say in one line what the source says");
                }
                for (Integer year : java.util.Arrays.asList(e.from(), e.to(), e.renewBy())) {
                    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                        throw error(at, label, what + ": " + year + " is not a year from " + FIRST_YEAR + " to "
                                + LAST_YEAR);
                    }
                }
                if (e.from() != null && e.to() != null && e.from() > e.to()) {
                    throw error(at, label, what + ": 'from' " + e.from() + " is after 'to' " + e.to());
                }
                List<String> forms = texts(e.forms(), at + "/forms", label, "a form");
                for (String form : forms) {
                    if (keyword.forms().stream().noneMatch(f -> f.equalsIgnoreCase(form))) {
                        throw error(at, label, what + ": '" + form + "' is not one of the keyword's forms: list"
                                + " the term or an alias");
                    }
                }
                Renewal.Period period = new Renewal.Period(e.from(), e.to(), forms, e.every(), e.renewBy(), rule,
                        source, summary);
                for (int j = 0; j < periods.size(); j++) {
                    if (overlap(periods.get(j), period, keyword)) {
                        throw error(at, label, what + " covers years and forms that renewal[" + j
                                + "] already covers: give each period its own years (from, to) or forms");
                    }
                }
                periods.add(period);
            }
            return new Renewal(periods);
        }

        private static boolean overlap(Renewal.Period a, Renewal.Period b, Keyword keyword) {
            int aFrom = a.from() == null ? FIRST_YEAR : a.from();
            int aTo = a.to() == null ? LAST_YEAR : a.to();
            int bFrom = b.from() == null ? FIRST_YEAR : b.from();
            int bTo = b.to() == null ? LAST_YEAR : b.to();
            if (aFrom > bTo || bFrom > aTo) {
                return false;
            }
            return keyword.forms().stream().anyMatch(f -> a.covers(Math.max(aFrom, bFrom), f)
                    && b.covers(Math.max(aFrom, bFrom), f));
        }

        private CertificationWords certificationWords(CertificationWordsEntry entry, CertificationWords base) {
            List<String> renewed = new ArrayList<>(base == null ? List.of() : base.renewed());
            List<String> validUntil = new ArrayList<>(base == null ? List.of() : base.validUntil());
            List<String> obtained = new ArrayList<>(base == null ? List.of() : base.obtained());
            if (entry != null) {
                addLower(obtained, texts(entry.obtained(), "/certificationWords/obtained", "certificationWords",
                        "a word"));
                addLower(renewed, texts(entry.renewed(), "/certificationWords/renewed", "certificationWords", "a word"));
                addLower(validUntil, texts(entry.validUntil(), "/certificationWords/validUntil", "certificationWords",
                        "a word"));
            }
            return new CertificationWords(renewed, validUntil, obtained);
        }

        private static void addLower(List<String> into, List<String> words) {
            for (String w : words) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (!into.contains(lower)) {
                    into.add(lower);
                }
            }
        }

        private List<String> texts(List<String> values, String ptr, String label, String what) {
            List<String> out = new ArrayList<>();
            for (String v : values == null ? List.<String>of() : values) {
                if (v == null || v.isBlank()) {
                    throw error(ptr, label, what + " is empty");
                }
                out.add(v.strip());
            }
            return out;
        }

        private List<String> words(List<String> values, String ptr, String label) {
            List<String> out = texts(values, ptr, label, "a word");
            for (String w : out) {
                if (!w.matches("[\\p{L}\\p{N}+#.]+")) {
                    throw error(ptr, label, ptr.substring(ptr.lastIndexOf('/') + 1) + " takes single words, not '" + w + "'");
                }
            }
            return out;
        }

        private List<List<String>> checkFamilies(List<List<String>> families, List<List<String>> base) {
            List<List<String>> out = new ArrayList<>();
            Map<String, Integer> seenWord = new HashMap<>();
            for (List<String> f : base) {
                for (String w : f) {
                    seenWord.put(WordKeys.key(w), -1);
                }
            }
            if (families == null) {
                return out;
            }
            for (int i = 0; i < families.size(); i++) {
                List<String> f = families.get(i);
                String ptr = "/wordFamilies/" + i;
                String label = "wordFamilies[" + i + "]";
                if (f == null || f.size() < 2) {
                    throw error(ptr, label, "a word family needs at least two words, like [negotiate, negotiation]");
                }
                List<String> words = new ArrayList<>();
                for (String w : f) {
                    String word = w == null ? "" : w.strip().toLowerCase(Locale.ROOT);
                    if (!word.matches("\\p{L}+")) {
                        throw error(ptr, label, "'" + w + "' is not one word of letters: a family joins single words");
                    }
                    Integer before = seenWord.put(WordKeys.key(word), i);
                    if (before != null && before != i) {
                        throw error(ptr, label, "'" + word + "' (or another form of it) is already in another word family");
                    }
                    words.add(word);
                }
                out.add(List.copyOf(words));
            }
            return out;
        }

        private void checkImplies(Map<String, Keyword> keywords) {
            for (Keyword k : keywords.values()) {
                for (String entry : k.implies()) {
                    Keyword.Implied implied = Keyword.Implied.parse(entry);
                    Keyword target = keywords.get(implied.term().toLowerCase(Locale.ROOT));
                    if (target == null) {
                        throw error(pointerOf(k.term()), "keyword '" + k.term() + "'", "implies unknown term '"
                                + implied.term() + "': use a term defined in the model");
                    }
                    if (target == k) {
                        throw error(pointerOf(k.term()), "keyword '" + k.term() + "'", "a term cannot imply itself");
                    }
                    for (String form : implied.forms()) {
                        if (k.forms().stream().noneMatch(f -> f.equalsIgnoreCase(form))) {
                            throw error(pointerOf(k.term()), "keyword '" + k.term() + "'", "implies '" + implied.term()
                                    + "' for '" + form + "', which is not one of its forms: list the term or an alias");
                        }
                    }
                }
            }
        }

        private void checkAliases(Map<String, Keyword> keywords, Map<String, String> familyOf) {
            Map<String, String> owner = new HashMap<>();
            for (Keyword k : keywords.values()) {
                for (String form : k.forms()) {
                    String key = formKey(form, familyOf);
                    if (key.isEmpty()) {
                        throw error("", "keyword '" + k.term() + "'", "the form '" + form + "' has no letters or digits");
                    }
                    String previous = owner.putIfAbsent(key, k.term());
                    if (previous != null && !previous.equals(k.term())) {
                        throw error(pointerOf(k.term()), "keyword '" + k.term() + "'", "duplicate alias '" + form
                                + "': it already belongs to keyword '" + previous + "'");
                    }
                }
            }
        }

        private final Map<String, String> keywordPointers = new HashMap<>();

        private String pointerOf(String term) {
            return keywordPointers.getOrDefault(term.toLowerCase(Locale.ROOT), "");
        }

        private String checkId(String raw, String ptr, String entry, List<String> seen) {
            String id = require(raw);
            if (id == null) {
                throw error(ptr, entry, "'id' is missing");
            }
            if (!ID.matcher(id).matches()) {
                throw error(ptr + "/id", entry, "id '" + id + "' must be lower-case words joined by hyphens, like pmo-manager");
            }
            if (seen.contains(id)) {
                throw error(ptr, entry, "duplicate id '" + id + "'");
            }
            seen.add(id);
            return id;
        }

        private interface EntryCheck<T> {
            void check(T entry, String pointer, String label);
        }

        private static <T> void forEach(List<T> entries, String field, EntryCheck<T> check) {
            if (entries == null) {
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                T entry = entries.get(i);
                String pointer = "/" + field + "/" + i;
                if (entry == null) {
                    continue;
                }
                check.check(entry, pointer, field + "[" + i + "]");
            }
        }

        private static List<String> nonNull(List<String> list) {
            return list == null ? List.of() : list;
        }

        private static String areaIds() {
            StringBuilder b = new StringBuilder();
            for (Area a : Area.values()) {
                if (!b.isEmpty()) {
                    b.append(", ");
                }
                b.append(a.id());
            }
            return b.toString();
        }
    }
}
