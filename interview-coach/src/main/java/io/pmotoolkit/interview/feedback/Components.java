package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The four STAR components of an answer.
 *
 * @param situation the context: where, when, what was wrong or at stake
 * @param task      the candidate's own brief or goal
 * @param action    what the candidate did
 * @param result    what changed, ideally measured, or what was learned
 */
@JsonPropertyOrder({"situation", "task", "action", "result"})
public record Components(Component situation, Component task, Component action, Component result) {

    /** The component for a part. */
    public Component get(Part part) {
        return switch (part) {
            case SITUATION -> situation;
            case TASK -> task;
            case ACTION -> action;
            case RESULT -> result;
        };
    }
}
