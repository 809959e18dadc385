package io.pmotoolkit.resume.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to close a gap in each competency, per target level, read from the reviewed data file
 * {@code gap-advice.yaml} beside this class: a course or qualification, experience to seek and an
 * example CV line; plus the qualification that fits each level, steps up between PMO levels and a
 * general route for CVs that show no route in.
 *
 * <p>Validated on load against a skills model: an unknown competency id, a level that is not on the
 * model's ladder, an empty field, or a competency and level of the model without advice is an
 * {@link IllegalStateException} naming the entry. A level the file has no advice for (a fifth role of a
 * {@code --skills-file}) gets the nearest level's advice: for level 5, level 4's. {@link #builtIn()} is validated against the built-in model; with a
 * {@code --skills-file} that adds competencies, {@link #find} is empty for the new ones and the report
 * falls back to the level's qualification.
 *
 * <p>Immutable and thread-safe.
 */
public final class GapAdvice {

    /** The data file, on the classpath. */
    public static final String BUILT_IN = "/io/pmotoolkit/resume/report/gap-advice.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Advice for one competency at one level.
     *
     * @param learn  a course, qualification or reading
     * @param todo   experience to seek
     * @param cvLine an example CV line to add once it is true
     */
    public record Action(String learn, List<String> todo, String cvLine) {
        public Action {
            todo = List.copyOf(todo);
        }
    }

    private final String version;
    private final Map<Integer, String> levelCertifications;
    private final Map<Integer, List<String>> stepUp;
    private final List<String> generalRoute;
    private final Map<String, Map<Integer, Action>> byCompetency;

    private GapAdvice(String version, Map<Integer, String> levelCertifications, Map<Integer, List<String>> stepUp,
                      List<String> generalRoute, Map<String, Map<Integer, Action>> byCompetency) {
        this.version = version;
        this.levelCertifications = Map.copyOf(levelCertifications);
        this.stepUp = Map.copyOf(stepUp);
        this.generalRoute = List.copyOf(generalRoute);
        this.byCompetency = Map.copyOf(byCompetency);
    }

    private static final class BuiltIn {
        static final GapAdvice INSTANCE = load(BUILT_IN, SkillsModelLoader.builtIn());
    }

    /** The built-in advice, read and validated once per process. */
    public static GapAdvice builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Reads advice from a classpath resource and validates it against a model.
     *
     * @throws IllegalStateException naming the resource and the entry when the file is missing or invalid
     */
    public static GapAdvice load(String resource, SkillsModel model) {
        try (InputStream in = GapAdvice.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + ": not found on the classpath");
            }
            return parse(in, resource, model);
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads advice from a stream; {@code source} names it in error messages. */
    public static GapAdvice parse(InputStream in, String source, SkillsModel model) throws IOException {
        FileShape file = YAML.readValue(in, FileShape.class);
        return validate(file, source, model);
    }

    /** The advice file's version, printed in the report. */
    public String version() {
        return version;
    }

    /**
     * Advice for a competency at a target level, the nearest level's for a level the file does not cover;
     * empty for a competency the file does not know.
     */
    public Optional<Action> find(String competencyId, int level) {
        Map<Integer, Action> levels = byCompetency.get(competencyId);
        return levels == null ? Optional.empty() : Optional.ofNullable(levels.get(nearest(levels, level)));
    }

    /** The qualification that fits a target level (the nearest level's, for one the file does not cover). */
    public String certificationFor(int level) {
        return levelCertifications.get(nearest(levelCertifications, level));
    }

    /**
     * Steps to reach {@code level} from the level below it: empty for the lowest level, the highest covered
     * level's steps above it.
     */
    public List<String> stepUpTo(int level) {
        int lowest = levelCertifications.keySet().stream().min(Integer::compare).orElse(1);
        return level <= lowest || stepUp.isEmpty() ? List.of() : stepUp.getOrDefault(nearest(stepUp, level), List.of());
    }

    /** Steps for a CV that shows neither a route in nor a PMO role. */
    public List<String> generalRoute() {
        return generalRoute;
    }

    /** The level among the keys nearest to {@code level}, the lower one on a tie. */
    private static int nearest(Map<Integer, ?> byLevel, int level) {
        if (byLevel.containsKey(level)) {
            return level;
        }
        int best = level;
        for (int l : byLevel.keySet()) {
            if (best == level || Math.abs(l - level) < Math.abs(best - level)
                    || Math.abs(l - level) == Math.abs(best - level) && l < best) {
                best = l;
            }
        }
        return best;
    }

    // --- the file's shape and its validation ---

    record FileShape(@JsonProperty(value = "version", required = true) String version,
                     @JsonProperty("levelCertifications") Map<Integer, String> levelCertifications,
                     @JsonProperty("stepUp") Map<Integer, List<String>> stepUp,
                     @JsonProperty("generalRoute") List<String> generalRoute,
                     @JsonProperty("competencies") Map<String, List<Variant>> competencies) {
    }

    record Variant(@JsonProperty("levels") List<Integer> levels, @JsonProperty("learn") String learn,
                   @JsonProperty("do") List<String> todo, @JsonProperty("cvLine") String cvLine) {
    }

    private static GapAdvice validate(FileShape f, String source, SkillsModel model) {
        require(f.version() != null && !f.version().isBlank(), source, "version", "is missing");
        List<Integer> ladder = model.roles().stream().map(r -> r.level()).sorted().toList();
        int lowest = ladder.get(0);
        int top = model.topLevel();
        Map<Integer, String> certs = f.levelCertifications() == null ? Map.of() : f.levelCertifications();
        certs.keySet().forEach(level -> require(level >= lowest && level <= top, source, "levelCertifications." + level,
                "level " + level + " is not on the skills model's ladder (" + lowest + " to " + top + ")"));
        for (int level : ladder) {
            require(certs.get(level) != null && !certs.get(level).isBlank(), source,
                    "levelCertifications." + level, "is missing");
        }
        Map<Integer, List<String>> steps = f.stepUp() == null ? Map.of() : f.stepUp();
        steps.forEach((level, list) -> {
            require(level > lowest && level <= top, source, "stepUp." + level, "level must be "
                    + (lowest + 1) + " to " + top);
            texts(list, source, "stepUp." + level);
        });
        texts(f.generalRoute(), source, "generalRoute");
        Map<String, List<Variant>> comps = f.competencies() == null ? Map.of() : f.competencies();
        Map<String, Map<Integer, Action>> out = new LinkedHashMap<>();
        for (var e : comps.entrySet()) {
            String id = e.getKey();
            String where = "competencies." + id;
            require(model.findCompetency(id).isPresent(), source, where, "unknown competency '" + id
                    + "'; the skills model has " + String.join(", ",
                    model.competencies().stream().map(c -> c.id()).toList()));
            Map<Integer, Action> levels = new LinkedHashMap<>();
            Action fallback = null;
            List<Variant> variants = e.getValue() == null ? List.of() : e.getValue();
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get(i);
                String at = where + "[" + i + "]";
                require(v.learn() != null && !v.learn().isBlank(), source, at + ".learn", "is missing");
                require(v.cvLine() != null && !v.cvLine().isBlank(), source, at + ".cvLine", "is missing");
                texts(v.todo(), source, at + ".do");
                Action action = new Action(v.learn().strip(), v.todo().stream().map(String::strip).toList(),
                        v.cvLine().strip());
                if (v.levels() == null || v.levels().isEmpty()) {
                    require(fallback == null, source, at, "a second variant without levels");
                    fallback = action;
                } else {
                    for (int level : v.levels()) {
                        require(level >= lowest && level <= top, source, at + ".levels", "level " + level
                                + " is outside " + lowest + "-" + top + ", the skills model's ladder");
                        require(levels.putIfAbsent(level, action) == null, source, at + ".levels",
                                "level " + level + " appears twice");
                    }
                }
            }
            for (int level : ladder) {
                if (!levels.containsKey(level)) {
                    require(fallback != null, source, where, "no advice for level " + level);
                    levels.put(level, fallback);
                }
            }
            out.put(id, levels);
        }
        for (var c : model.competencies()) {
            require(out.containsKey(c.id()), source, "competencies", "no advice for competency '" + c.id() + "'");
        }
        return new GapAdvice(f.version(), certs, steps, f.generalRoute(), out);
    }

    private static void texts(List<String> list, String source, String where) {
        require(list != null && !list.isEmpty(), source, where, "needs at least one entry");
        for (String s : new ArrayList<>(list)) {
            require(s != null && !s.isBlank(), source, where, "has an empty entry");
        }
    }

    private static void require(boolean ok, String source, String where, String problem) {
        if (!ok) {
            throw new IllegalStateException(source + ": " + where + ": " + problem);
        }
    }
}
