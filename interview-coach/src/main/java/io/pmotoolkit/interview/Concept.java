package io.pmotoolkit.interview;

import java.util.List;

/**
 * One idea a correct answer to a knowledge question covers (or, as a misconception, a wrong statement), with the
 * phrases that show it in an answer. Phrases are matched on word keys ({@link io.pmotoolkit.core.text.WordKeys}),
 * so "gate reviews" meets "gate review" and "organized" meets "organised".
 *
 * @param name    the idea in a few words, as feedback names it ("a go, stop or change decision")
 * @param signals phrases any one of which shows it ("stop", "go or no-go", "continue or stop")
 */
public record Concept(String name, List<String> signals) {

    public Concept {
        signals = List.copyOf(signals);
    }
}
