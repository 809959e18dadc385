package io.pmotoolkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for a mistyped command or option: picocli's suggestions for an unmatched argument, narrowed
 * by edit distance (commons-text's {@link LevenshteinDistance}) and said in one line such as
 * {@code pmo: unknown command 'analze'; did you mean analyze?}. Roles and question ids are suggested by
 * {@link io.pmotoolkit.app.Suggestions}. Stateless and thread-safe.
 */
final class Suggestions {

    private Suggestions() {
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
            return "unknown option '" + given + "'" + io.pmotoolkit.app.Suggestions.phrase(suggested);
        }
        if (!cmd.getSubcommands().isEmpty() && !given.startsWith("-")) {
            return "unknown command '" + given + "'" + io.pmotoolkit.app.Suggestions.phrase(suggested);
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
        return new ArrayList<>(names).subList(0, Math.min(io.pmotoolkit.app.Suggestions.MAX, names.size()));
    }
}
