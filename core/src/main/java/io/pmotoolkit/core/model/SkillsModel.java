package io.pmotoolkit.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The PMO skills model: competencies, target roles, keywords and routes in, as read from a reviewed,
 * versioned YAML file (see {@code docs/skills-model.md}).
 *
 * <p>Get one with {@link SkillsModelLoader}. Immutable and thread-safe.
 */
public final class SkillsModel {

    private final String version;
    private final Map<String, Competency> competencies;
    private final Map<String, Role> roles;
    private final Map<String, Keyword> keywords;
    private final Map<String, Background> backgrounds;
    private final List<List<String>> wordFamilies;
    private final List<String> aspirationCues;
    private final List<String> organisationWords;
    private final Map<String, Renewal> renewals;
    private final CertificationWords certificationWords;
    private final Map<String, CredentialGroup> credentialGroups;
    private final List<String> pmoWork;
    private final VocabularyOverlay cvVocabulary;

    SkillsModel(String version, List<Competency> competencies, List<Role> roles, List<Keyword> keywords,
                List<Background> backgrounds, List<List<String>> wordFamilies, List<String> aspirationCues,
                List<String> organisationWords, Map<String, Renewal> renewals, CertificationWords certificationWords,
                List<CredentialGroup> credentialGroups, List<String> pmoWork, VocabularyOverlay cvVocabulary) {
        this.version = version;
        this.cvVocabulary = cvVocabulary;
        this.credentialGroups = index(credentialGroups, CredentialGroup::id);
        this.pmoWork = List.copyOf(pmoWork);
        this.renewals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renewals));
        this.certificationWords = certificationWords;
        this.aspirationCues = List.copyOf(aspirationCues);
        this.organisationWords = List.copyOf(organisationWords);
        this.wordFamilies = wordFamilies.stream().map(List::copyOf).toList();
        this.competencies = index(competencies, Competency::id);
        this.roles = index(roles, Role::id);
        this.keywords = index(keywords, Keyword::term);
        this.backgrounds = index(backgrounds, Background::id);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The model's version, shown in reports so that a result can be reproduced. */
    public String version() {
        return version;
    }

    public List<Competency> competencies() {
        return List.copyOf(competencies.values());
    }

    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    public List<Keyword> keywords() {
        return List.copyOf(keywords.values());
    }

    public List<Background> backgrounds() {
        return List.copyOf(backgrounds.values());
    }

    /**
     * Groups of different words that count as one word in matching (negotiate and negotiation, track and
     * tracker): inflections meet by themselves, derivations only when a family says so.
     */
    public List<List<String>> wordFamilies() {
        return wordFamilies;
    }

    /**
     * Words that turn what follows them in a sentence into a goal rather than evidence ("I want to move into
     * a role with more data analysis"): a term after one of them does not count as shown.
     */
    public List<String> aspirationCues() {
        return aspirationCues;
    }

    /**
     * Phrases that make a job title PMO work whatever else it says ("PMO", "programme office"): with one of a
     * role's {@link Role#ladderWords()} they put the title on that role's rung.
     */
    public List<String> pmoWork() {
        return pmoWork;
    }

    /**
     * The skills file's own CV-reading word lists (headings, title words...), to lay over the built-in ones of
     * the CV reader; empty for the built-in model.
     */
    public VocabularyOverlay cvVocabulary() {
        return cvVocabulary;
    }

    /**
     * Words that end an organisation's name (Ltd, Inc, GmbH): a term just before one of them is part of a
     * name ("Base Information Management Pvt. Ltd."), not evidence.
     */
    public List<String> organisationWords() {
        return organisationWords;
    }

    /**
     * The renewal rules of the credentials that have one, by keyword term (see {@link Renewal}); a credential
     * without a known rule is absent.
     */
    public Map<String, Renewal> renewals() {
        return renewals;
    }

    /** The renewal rules of a keyword, empty when none is known. */
    public Optional<Renewal> findRenewal(String term) {
        return Optional.ofNullable(renewals.get(term));
    }

    /** The words a CV uses to say a credential was renewed or until when it is valid. */
    public CertificationWords certificationWords() {
        return certificationWords;
    }

    /** The credential groups, in file order (see {@link CredentialGroup}). */
    public List<CredentialGroup> credentialGroups() {
        return List.copyOf(credentialGroups.values());
    }

    public Optional<CredentialGroup> findCredentialGroup(String id) {
        return Optional.ofNullable(credentialGroups.get(id));
    }

    /** The credential groups a role expects, in file order. */
    public List<CredentialGroup> credentialGroupsFor(Role role) {
        return credentialGroups.values().stream().filter(g -> g.importanceFor(role.id()).isPresent()).toList();
    }

    /**
     * The group that stands in for a keyword for a role, empty when the keyword counts on its own for it (the
     * loader allows at most one).
     */
    public Optional<CredentialGroup> groupOf(Role role, String term) {
        for (CredentialGroup g : credentialGroups.values()) {
            if (g.has(term) && g.importanceFor(role.id()).isPresent()) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * The top of the role ladder: the highest role level (4 in the built-in model). The loader allows one role
     * per level and no gap, so a report can say "level 3 of 4", and a fifth role makes it "level 5 of 5".
     */
    public int topLevel() {
        int top = 0;
        for (Role r : roles.values()) {
            top = Math.max(top, r.level());
        }
        return top;
    }

    /** The role on a level of the ladder, empty when no role has it. */
    public Optional<Role> findRoleAt(int level) {
        return roles.values().stream().filter(r -> r.level() == level).findFirst();
    }

    public Optional<Role> findRole(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    /**
     * The role with this id.
     *
     * @throws SkillsModelException naming the id and the known ones, when there is no such role
     */
    public Role expectRole(String id) {
        Role role = roles.get(id);
        if (role == null) {
            throw new SkillsModelException("Unknown role '" + id + "': choose one of "
                    + String.join(", ", roles.keySet()));
        }
        return role;
    }

    public Optional<Competency> findCompetency(String id) {
        return Optional.ofNullable(competencies.get(id));
    }

    /** The competency with this id; the model is validated, so a keyword's competency always exists. */
    public Competency expectCompetency(String id) {
        Competency c = competencies.get(id);
        if (c == null) {
            throw new SkillsModelException("Unknown competency '" + id + "'");
        }
        return c;
    }

    public Optional<Keyword> findKeyword(String term) {
        return Optional.ofNullable(keywords.get(term));
    }

    /**
     * The keywords a role expects, in model order, each on its own importance; {@link #credentialGroupsFor}
     * says which of them the role expects as one of a kind instead.
     */
    public List<Keyword> keywordsFor(Role role) {
        List<Keyword> out = new ArrayList<>();
        for (Keyword k : keywords.values()) {
            if (k.importanceFor(role.id()).isPresent()) {
                out.add(k);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "SkillsModel[" + version + ", roles=" + roles.keySet().stream().collect(Collectors.joining(","))
                + ", keywords=" + keywords.size() + "]";
    }
}
