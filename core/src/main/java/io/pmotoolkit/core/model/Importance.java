package io.pmotoolkit.core.model;

import java.util.Locale;
import java.util.Optional;

/** How much a role needs a keyword. */
public enum Importance {
    ESSENTIAL, DESIRABLE;

    /** The lower-case id used in files and JSON ({@code essential}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The importance with this id, ignoring case. */
    public static Optional<Importance> find(String id) {
        for (Importance i : values()) {
            if (i.id().equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
