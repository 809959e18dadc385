package io.pmotoolkit.core.model;

/**
 * A skills-model file is invalid or a lookup named something the model does not have. The message is
 * one line for users: it names the file, the line where known, the field and the bad value.
 */
public class SkillsModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SkillsModelException(String message) {
        super(message);
    }

    public SkillsModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
