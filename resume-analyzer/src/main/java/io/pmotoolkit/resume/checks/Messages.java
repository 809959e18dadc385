package io.pmotoolkit.resume.checks;

import java.util.List;
import java.util.Locale;

/** Wording helpers shared by the checks. Thread-safe: stateless. */
final class Messages {

    private Messages() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /** "1,200", whatever the default locale. */
    static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 role", "3 roles". */
    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
