/** The PMO skills model: roles, competencies, keywords with aliases and routes in, read from YAML and validated ({@link io.pmotoolkit.core.model.SkillsModelLoader}). */
package io.pmotoolkit.core.model;
