package io.pmotoolkit.resume.jobad;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmotoolkit.core.model.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The words that tell a job advert's parts apart, from {@code advert-vocabulary.yaml} beside this class: the
 * headings of the required, duty, summary and employer parts, the labels of the facts at the top of an advert
 * and of its own title field, the words that make a line preferred or required, and the capitalised words that
 * are never a term. Every entry is a regular expression matched case-insensitively as a whole word.
 *
 * <p>Thread-safe: immutable after loading.
 */
final class JobAdVocabulary {

    static final String BUILT_IN = "/io/pmotoolkit/resume/jobad/advert-vocabulary.yaml";
    /** The lists the file must have, in the order it gives them. */
    static final List<String> LISTS = List.of("requiredHeadings", "dutyHeadings", "summaryHeadings", "employerHeadings",
            "employerLabels", "employerLines", "titleLabels", "titleSuffixes", "preferredWords", "requiredWords", "noiseWords");
    private static final JobAdVocabulary INSTANCE = new JobAdVocabulary(load());
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final Pattern requiredHeading;
    final Pattern dutyHeading;
    final Pattern summaryHeading;
    final Pattern employerHeading;
    /** Every heading list at once, to see whether a short line is only a heading. */
    final Pattern anyHeading;
    /** A line that opens with an employer fact's label: "Company: Google", "Location - Leeds". */
    final Pattern employerLabel;
    /** A line that opens with the advert's title label: "POST TITLE: Delivery Manager"; group 1 is the title. */
    final Pattern titleLabel;
    /** A phrase that makes a whole line about the employer or the application: "an equal opportunity employer". */
    final Pattern employerLine;
    /** A label trailing a title: "Delivery manager job description". */
    final Pattern titleSuffix;
    final Pattern preferredWords;
    final Pattern requiredWords;
    final Set<String> noise;

    private JobAdVocabulary(Map<String, List<String>> lists) {
        requiredHeading = words(lists.get("requiredHeadings"));
        dutyHeading = words(lists.get("dutyHeadings"));
        summaryHeading = words(lists.get("summaryHeadings"));
        employerHeading = words(lists.get("employerHeadings"));
        List<String> all = new ArrayList<>();
        for (String l : List.of("requiredHeadings", "dutyHeadings", "summaryHeadings", "employerHeadings", "preferredWords")) {
            all.addAll(lists.get(l));
        }
        anyHeading = words(all);
        employerLabel = Pattern.compile("^(?:" + String.join("|", lists.get("employerLabels"))
                + ")\\s*(?::|\\s[-\u2013\u2014]\\s)\\s*\\S", FLAGS);
        titleLabel = Pattern.compile("^(?:" + String.join("|", lists.get("titleLabels"))
                + ")\\s*(?::|\\s[-\u2013\u2014]\\s)\\s*(\\S.*)$", FLAGS);
        titleSuffix = Pattern.compile("\\s*[-\u2013\u2014:|,]?\\s*\\b(?:" + String.join("|", lists.get("titleSuffixes"))
                + ")\\s*$", FLAGS);
        employerLine = words(lists.get("employerLines"));
        preferredWords = words(lists.get("preferredWords"));
        requiredWords = words(lists.get("requiredWords"));
        noise = Set.copyOf(lists.get("noiseWords").stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    static JobAdVocabulary builtIn() {
        return INSTANCE;
    }

    private static Pattern words(List<String> entries) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", entries) + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    static Map<String, List<String>> load() {
        try (InputStream in = JobAdVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            JsonNode advert = YamlTree.read(in).path("advert");
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (String name : LISTS) {
                JsonNode list = advert.path(name);
                List<String> entries = new ArrayList<>();
                list.forEach(n -> entries.add(n.asText()));
                if (entries.isEmpty() || entries.stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(BUILT_IN + ": advert." + name + " is missing, empty or has a blank entry");
                }
                for (String e : entries) {
                    try {
                        Pattern.compile(e);
                    } catch (PatternSyntaxException x) {
                        throw new IllegalStateException(BUILT_IN + ": advert." + name + " entry '" + e + "' is not a valid expression: "
                                + x.getDescription(), x);
                    }
                }
                lists.put(name, List.copyOf(entries));
            }
            return lists;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUILT_IN, e);
        }
    }
}
