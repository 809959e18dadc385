package io.pmotoolkit.app;

/**
 * Turns a result (an analysis, a question pack, answer feedback) into text in a {@link Format}. The entry point
 * produces results; each surface supplies its renderers (the command line's are in {@code io.pmotoolkit.cli.render}),
 * so a new format is a new case in one place, never a silent fallback.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Renderer<T> {

    /**
     * The whole output, ending with a line break.
     *
     * @throws AppException a usage error when this result has no such format
     */
    String render(T result, Format format);

    /** The usage error for a format a result does not have. */
    static AppException unsupported(String what, Format format) {
        return AppException.usage(what + " cannot be written as " + format);
    }
}
