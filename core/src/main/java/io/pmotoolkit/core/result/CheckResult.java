package io.pmotoolkit.core.result;

/**
 * The outcome of one CV check.
 *
 * @param id      a stable id for JSON and tests ("email", "employment-gaps")
 * @param passed  whether the CV passes
 * @param message one plain sentence: what was found and, when it helps, what to do
 */
public record CheckResult(String id, boolean passed, String message) {
}
