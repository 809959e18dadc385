package io.pmotoolkit.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The groups competencies belong to: the three broad areas the career guides name (business,
 * leadership, organisational) plus methods and governance, tools, certifications and education.
 */
public enum Area {
    BUSINESS("business", "Business skills"),
    LEADERSHIP("leadership", "Leadership skills"),
    ORGANISATIONAL("organisational", "Organisational skills"),
    METHODS_GOVERNANCE("methods-governance", "Methods and governance"),
    TOOLS("tools", "Tools"),
    CERTIFICATIONS("certifications", "Certifications"),
    EDUCATION("education", "Education");

    private final String id;
    private final String label;

    Area(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in the skills-model file ({@code methods-governance}). */
    public String id() {
        return id;
    }

    /** A label for people ({@code Methods and governance}). */
    public String label() {
        return label;
    }

    /** The area with this id, ignoring case. */
    public static Optional<Area> find(String id) {
        for (Area a : values()) {
            if (a.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
