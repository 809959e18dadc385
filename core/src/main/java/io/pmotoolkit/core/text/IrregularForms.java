package io.pmotoolkit.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code irregular-forms.txt} (base form, then its irregular forms: "write wrote written"), read
 * once for both its readers: {@link WordKeys} keys every form as its base, {@link ActionVerbs} puts a
 * participle back in the past. Thread-safe: immutable after loading.
 */
final class IrregularForms {

    /** Each row's words, in file order; comments and blank lines left out. */
    static final List<List<String>> ROWS = load();

    private IrregularForms() {
    }

    private static List<List<String>> load() {
        try (InputStream in = IrregularForms.class.getResourceAsStream("irregular-forms.txt")) {
            if (in == null) {
                throw new IllegalStateException("irregular-forms.txt is missing from the jar");
            }
            List<List<String>> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    rows.add(List.of(l.split("\\s+")));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read irregular-forms.txt", e);
        }
    }
}
