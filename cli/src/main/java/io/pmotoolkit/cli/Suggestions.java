package io.pmotoolkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean": the nearest valid values for a mistyped command, option, role or question id, in one line
 * such as {@code pmo: unknown role 'pmo-analist'; did you mean pmo-analyst?}. Commands and options are
 * matched by picocli (its suggestions for an unmatched argument); values by edit distance (commons-text's
 * {@link LevenshteinDistance}), or by a shared long word ({@code report-collation} finds
 * {@code weekly-report-collation}). Stateless and thread-safe.
 */
final class Suggestions {

    /** Suggestions listed at most. */
    static final int MAX = 3;
    /** Shortest word that counts as shared between a mistyped value and a valid one. */
    private static final int SHARED_WORD = 5;

    private Suggestions() {
    }

    /**
     * The valid values nearest to {@code given}, best first, at most {@value #MAX}: those within an edit
     * distance of a third of its length (at least 2), or sharing a word of {@value #SHARED_WORD} letters or
     * more. Case is ignored. Empty when nothing is close.
     */
    static List<String> nearest(String given, Collection<String> valid) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String wanted = given.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        return valid.stream().distinct()
                .sorted(Comparator.comparingInt((String v) -> distance.apply(wanted, v.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(v -> distance.apply(wanted, v.toLowerCase(Locale.ROOT)) <= limit || sharesAWord(wanted, v))
                .limit(MAX).toList();
    }

    /** "; did you mean a?" or "; did you mean a, b or c?", or "" when nothing is close. */
    static String didYouMean(String given, Collection<String> valid) {
        return phrase(nearest(given, valid));
    }

    /**
     * "unknown role 'x'; did you mean y?" when a role is close, else "unknown role 'x': choose one of a, b".
     */
    static String unknownRole(String given, List<String> roles) {
        String hint = didYouMean(given, roles);
        return "unknown role '" + given + "'" + (hint.isEmpty() ? ": choose one of " + String.join(", ", roles) : hint);
    }

    private static String phrase(List<String> close) {
        if (close.isEmpty()) {
            return "";
        }
        if (close.size() == 1) {
            return "; did you mean " + close.get(0) + "?";
        }
        return "; did you mean " + String.join(", ", close.subList(0, close.size() - 1)) + " or "
                + close.get(close.size() - 1) + "?";
    }

    private static boolean sharesAWord(String a, String b) {
        for (String w : a.split("-")) {
            if (w.length() >= SHARED_WORD && b.toLowerCase(Locale.ROOT).contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A parameter-exception handler that answers a mistyped command or option with picocli's suggestions in
     * one line (exit 2), and leaves every other usage error to {@code next}.
     */
    static IParameterExceptionHandler handler(IParameterExceptionHandler next) {
        return (ex, args) -> {
            String line = ex instanceof UnmatchedArgumentException u ? line(u) : null;
            if (line == null) {
                return next.handleParseException(ex, args);
            }
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("pmo: " + line);
            err.flush();
            return ExitCodes.USAGE;
        };
    }

    /** The one-line answer to an unmatched argument, or null when picocli has no suggestion for it. */
    private static String line(UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) {
            return null;
        }
        CommandLine cmd = u.getCommandLine();
        String given = unmatched.get(0);
        List<String> suggested = closest(given, primaryNames(cmd, u.getSuggestions()));
        if (suggested.isEmpty()) {
            return null;
        }
        if (u.isUnknownOption()) {
            return "unknown option '" + given + "'" + phrase(suggested);
        }
        if (!cmd.getSubcommands().isEmpty() && !given.startsWith("-")) {
            return "unknown command '" + given + "'" + phrase(suggested);
        }
        return null;
    }

    /** Those of picocli's suggestions nearest to {@code given} by edit distance (all that tie for nearest). */
    private static List<String> closest(String given, List<String> suggestions) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        int best = suggestions.stream().mapToInt(s -> distance.apply(given, s)).min().orElse(0);
        return suggestions.stream().filter(s -> distance.apply(given, s) == best).toList();
    }

    /** Suggested names with aliases folded into their command's name ({@code analyse} is {@code analyze}). */
    private static List<String> primaryNames(CommandLine cmd, List<String> suggestions) {
        Set<String> names = new LinkedHashSet<>();
        for (String s : suggestions) {
            CommandLine sub = cmd.getSubcommands().get(s);
            names.add(sub == null ? s : sub.getCommandName());
        }
        return new ArrayList<>(names).subList(0, Math.min(MAX, names.size()));
    }
}
