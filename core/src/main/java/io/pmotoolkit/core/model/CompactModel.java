package io.pmotoolkit.core.model;

import io.pmotoolkit.core.model.SkillsModelLoader.BackgroundEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.CertificationWordsEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.CompetencyEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.CredentialGroupEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.KeywordEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.ModelFile;
import io.pmotoolkit.core.model.SkillsModelLoader.RecommendEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.RenewalEntry;
import io.pmotoolkit.core.model.SkillsModelLoader.RoleEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The built-in skills model's file, as bound from its YAML, in a compact binary form committed beside it
 * ({@code skills-model.bin}, made by {@code CompactModelRegenerator}) and read at start-up instead of the YAML.
 *
 * <p>Binding the YAML with Jackson was about a quarter of a cold {@code pmo analyze}: SnakeYAML's parser and
 * Jackson building its record deserializers run cold in every process. This form holds the same
 * {@code ModelFile} value (every string, number, null and list in order) and goes through the same
 * validation, so the model is the same; {@code CompactModelTest} checks that the shipped form equals the YAML
 * bound by Jackson. The YAML stays the source a coach reads and edits, and {@code --skills-file} still reads
 * YAML. The form carries the length and CRC-32 of the YAML it was made from: if they do not match the YAML in
 * the jar (the YAML edited and the form not regenerated) it is ignored and the YAML is parsed, so a stale form
 * costs start-up time, never a wrong model; {@code CompactModelTest} fails until it is regenerated:
 *
 * <pre>mvn -pl core test -Dtest=CompactModelRegenerator -Dsurefire.failIfNoSpecifiedTests=false -Dpmo.regenerate=true</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class CompactModel {

    /** Classpath location of the compact form, beside the YAML. */
    static final String RESOURCE = "/io/pmotoolkit/core/skills-model.bin";

    private static final int MAGIC = 0x504D4F31;  // "PMO1"
    private static final int FORMAT = 5;  // 2: credential groups; 3: pmoWork; 4: roles' advertYears, cvVocabulary; 5: backgrounds' fieldTitles

    private CompactModel() {
    }

    /** The compact form of {@code file}, bound from {@code yaml}. */
    static byte[] encode(ModelFile file, byte[] yaml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            new Writer(out).modelFile(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);  // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The model file held in {@code compact}, if it was made from exactly {@code yaml} in this format. */
    static Optional<ModelFile> decode(byte[] compact, byte[] yaml) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(compact))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != yaml.length
                    || in.readLong() != crc(yaml)) {
                return Optional.empty();
            }
            ModelFile file = new Reader(in).modelFile();
            return in.read() == -1 ? Optional.of(file) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();  // truncated or from another version of this class: parse the YAML
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private record Writer(DataOutputStream out) {

        void modelFile(ModelFile f) throws IOException {
            string(f.version());
            bool(f.replace());
            if (list(f.competencies())) {
                for (CompetencyEntry c : f.competencies()) {
                    string(c.id());
                    string(c.name());
                    string(c.area());
                    string(c.description());
                }
            }
            if (list(f.roles())) {
                for (RoleEntry r : f.roles()) {
                    string(r.id());
                    string(r.title());
                    integer(r.level());
                    string(r.summary());
                    strings(r.titles());
                    if (present(r.competencies())) {
                        out.writeInt(r.competencies().size());
                        for (var e : r.competencies().entrySet()) {
                            string(e.getKey());
                            integer(e.getValue());
                        }
                    }
                    strings(r.ladderWords());
                    integer(r.advertYears());
                }
            }
            if (list(f.keywords())) {
                for (KeywordEntry k : f.keywords()) {
                    string(k.term());
                    string(k.competency());
                    strings(k.aliases());
                    bool(k.caseSensitive());
                    stringMap(k.importance());
                    strings(k.notWithin());
                    strings(k.implies());
                    strings(k.notNear());
                    if (list(k.renewal())) {
                        for (RenewalEntry r : k.renewal()) {
                            integer(r.from());
                            integer(r.to());
                            strings(r.forms());
                            integer(r.every());
                            integer(r.renewBy());
                            string(r.rule());
                            string(r.source());
                            string(r.summary());
                        }
                    }
                }
            }
            if (list(f.backgrounds())) {
                for (BackgroundEntry b : f.backgrounds()) {
                    string(b.id());
                    string(b.name());
                    strings(b.signals());
                    strings(b.transfers());
                    strings(b.build());
                    strings(b.targetRoles());
                    if (present(b.maxYears())) {
                        out.writeDouble(b.maxYears());
                    }
                    strings(b.changeSignals());
                    strings(b.fieldTitles());
                }
            }
            if (list(f.wordFamilies())) {
                for (List<String> family : f.wordFamilies()) {
                    strings(family);
                }
            }
            strings(f.aspirationCues());
            strings(f.organisationWords());
            if (present(f.certificationWords())) {
                strings(f.certificationWords().renewed());
                strings(f.certificationWords().validUntil());
                strings(f.certificationWords().obtained());
            }
            if (list(f.credentialGroups())) {
                for (CredentialGroupEntry g : f.credentialGroups()) {
                    string(g.id());
                    string(g.name());
                    strings(g.members());
                    stringMap(g.importance());
                    if (list(g.recommend())) {
                        for (RecommendEntry r : g.recommend()) {
                            if (list(r.levels())) {
                                for (Integer level : r.levels()) {
                                    integer(level);
                                }
                            }
                            strings(r.routes());
                            strings(r.next());
                            string(r.reason());
                        }
                    }
                }
            }
            strings(f.pmoWork());
            if (present(f.cvVocabulary())) {
                out.writeInt(f.cvVocabulary().size());
                for (var e : f.cvVocabulary().entrySet()) {
                    string(e.getKey());
                    strings(e.getValue());
                }
            }
        }

        /** Writes whether {@code value} is there. */
        private boolean present(Object value) throws IOException {
            out.writeBoolean(value != null);
            return value != null;
        }

        /** Writes whether the list is there and, if so, its size; true when its elements follow. */
        private boolean list(List<?> values) throws IOException {
            if (present(values)) {
                out.writeInt(values.size());
                return true;
            }
            return false;
        }

        private void stringMap(java.util.Map<String, String> map) throws IOException {
            if (present(map)) {
                out.writeInt(map.size());
                for (var e : map.entrySet()) {
                    string(e.getKey());
                    string(e.getValue());
                }
            }
        }

        private void strings(List<String> values) throws IOException {
            if (list(values)) {
                for (String s : values) {
                    string(s);
                }
            }
        }

        private void string(String s) throws IOException {
            if (present(s)) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        }

        private void integer(Integer i) throws IOException {
            if (present(i)) {
                out.writeInt(i);
            }
        }

        private void bool(Boolean b) throws IOException {
            if (present(b)) {
                out.writeBoolean(b);
            }
        }
    }

    private record Reader(DataInputStream in) {

        ModelFile modelFile() throws IOException {
            String version = string();
            Boolean replace = bool();
            List<CompetencyEntry> competencies = null;
            if (in.readBoolean()) {
                competencies = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    competencies.add(new CompetencyEntry(string(), string(), string(), string()));
                }
            }
            List<RoleEntry> roles = null;
            if (in.readBoolean()) {
                roles = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    String id = string();
                    String title = string();
                    Integer level = integer();
                    String summary = string();
                    List<String> titles = strings();
                    LinkedHashMap<String, Integer> weights = null;
                    if (in.readBoolean()) {
                        weights = new LinkedHashMap<>();
                        for (int j = in.readInt(); j > 0; j--) {
                            weights.put(string(), integer());
                        }
                    }
                    roles.add(new RoleEntry(id, title, level, summary, titles, weights, strings(), integer()));
                }
            }
            List<KeywordEntry> keywords = null;
            if (in.readBoolean()) {
                keywords = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    keywords.add(keyword());
                }
            }
            List<BackgroundEntry> backgrounds = null;
            if (in.readBoolean()) {
                backgrounds = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    backgrounds.add(new BackgroundEntry(string(), string(), strings(), strings(), strings(), strings(),
                            in.readBoolean() ? in.readDouble() : null, strings(), strings()));
                }
            }
            List<List<String>> families = null;
            if (in.readBoolean()) {
                families = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    families.add(strings());
                }
            }
            List<String> aspirationCues = strings();
            List<String> organisationWords = strings();
            CertificationWordsEntry certificationWords = in.readBoolean()
                    ? new CertificationWordsEntry(strings(), strings(), strings()) : null;
            List<CredentialGroupEntry> groups = null;
            if (in.readBoolean()) {
                groups = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    groups.add(credentialGroup());
                }
            }
            List<String> pmoWork = strings();
            LinkedHashMap<String, List<String>> cvVocabulary = null;
            if (in.readBoolean()) {
                cvVocabulary = new LinkedHashMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                    cvVocabulary.put(string(), strings());
                }
            }
            return new ModelFile(version, replace, competencies, roles, keywords, backgrounds, families,
                    aspirationCues, organisationWords, certificationWords, groups, pmoWork, cvVocabulary);
        }

        private CredentialGroupEntry credentialGroup() throws IOException {
            String id = string();
            String name = string();
            List<String> members = strings();
            LinkedHashMap<String, String> importance = stringMap();
            List<RecommendEntry> recommend = null;
            if (in.readBoolean()) {
                recommend = new ArrayList<>();
                for (int j = in.readInt(); j > 0; j--) {
                    List<Integer> levels = null;
                    if (in.readBoolean()) {
                        levels = new ArrayList<>();
                        for (int k = in.readInt(); k > 0; k--) {
                            levels.add(integer());
                        }
                    }
                    recommend.add(new RecommendEntry(levels, strings(), strings(), string()));
                }
            }
            return new CredentialGroupEntry(id, name, members, importance, recommend);
        }

        private KeywordEntry keyword() throws IOException {
            String term = string();
            String competency = string();
            List<String> aliases = strings();
            Boolean caseSensitive = bool();
            LinkedHashMap<String, String> importance = stringMap();
            List<String> notWithin = strings();
            List<String> implies = strings();
            List<String> notNear = strings();
            List<RenewalEntry> renewal = null;
            if (in.readBoolean()) {
                renewal = new ArrayList<>();
                for (int j = in.readInt(); j > 0; j--) {
                    renewal.add(new RenewalEntry(integer(), integer(), strings(), integer(), integer(),
                            string(), string(), string()));
                }
            }
            return new KeywordEntry(term, competency, aliases, caseSensitive, importance, notWithin, implies,
                    notNear, renewal);
        }

        private LinkedHashMap<String, String> stringMap() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            LinkedHashMap<String, String> map = new LinkedHashMap<>();
            for (int j = in.readInt(); j > 0; j--) {
                map.put(string(), string());
            }
            return map;
        }

        private List<String> strings() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            int n = in.readInt();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string());
            }
            return out;
        }

        private String string() throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        private Integer integer() throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }

        private Boolean bool() throws IOException {
            return in.readBoolean() ? in.readBoolean() : null;
        }
    }
}
