package io.pmotoolkit.core.model;

/**
 * The names of the CV-reading word lists a skills file's {@code cvVocabulary} may name, told by the module that
 * owns the lists (resume-analyzer's {@code cv-vocabulary.yaml}), so that {@link SkillsModelLoader} refuses an
 * unknown name at load, with the file and line, rather than when an analyzer is built.
 *
 * <p>Found with {@link java.util.ServiceLoader} ({@code META-INF/services}); core itself knows no list names, and
 * without a provider on the class path the names are checked only by the module that reads them.
 */
public interface VocabularyLists {

    /**
     * Checks one list name ({@code titleWords}, {@code headings.experience}).
     *
     * @throws IllegalArgumentException saying what is wrong with the name and which names there are
     */
    void check(String name);
}
