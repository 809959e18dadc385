package io.pmotoolkit.interview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a strong answer holds in each part of the STAR method (Situation, Task, Action, Result), for one
 * question, or a scaffold pre-filled from a CV line.
 *
 * @param situation the context to set up
 * @param task      what was the candidate's to do
 * @param action    what the candidate did themselves
 * @param result    what changed, ideally measured
 */
@JsonPropertyOrder({"situation", "task", "action", "result"})
public record Star(String situation, String task, String action, String result) {
}
