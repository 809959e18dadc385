package io.pmotoolkit.core.model;

/**
 * A competency that PMO roles are judged on.
 *
 * @param id          kebab-case id, unique in the model
 * @param name        name for people
 * @param area        the group it belongs to
 * @param description one sentence on what it covers
 */
public record Competency(String id, String name, Area area, String description) {
}
