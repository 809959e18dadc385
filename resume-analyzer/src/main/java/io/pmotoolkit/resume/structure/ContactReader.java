package io.pmotoolkit.resume.structure;

import io.pmotoolkit.core.result.CvStructure.Contact;
import io.pmotoolkit.resume.read.ContactPatterns;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionDetector;
import io.pmotoolkit.resume.sections.SectionKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the person's name and contact details from the top of a CV: its header (the lines before the
 * first heading, in every column) and its contact section.
 *
 * <p>The name is the line, or the first part of a line, that looks like a name (one to five capitalised
 * words; one word only when the email address or LinkedIn address holds it), holds no job-title,
 * employer, place or label word, is not a heading and is not on a dated line. Of several, the one whose words the email or
 * LinkedIn address holds wins, then the one the document styles as a heading, then the first. A name set
 * as two one-word heading lines at the top is joined; with no header, the first part of the first heading
 * ("ROWAN ELLIS | EXPERIENCE") is read too.
 *
 * <p>Thread-safe: stateless apart from the vocabulary, which is immutable.
 */
final class ContactReader {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** Lines of the header searched for a town inside a longer line, at most. */
    private static final int PLACE_LINES = 6;
    /** Lines of the header read for the name, at most. */
    private static final int NAME_LINES = 12;
    /** A name split over the first two heading lines wins over any candidate that scores under this. */
    private static final double SPLIT_NAME_SCORE = 4;
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’.-]*|(?:van|von|de|da|del|der|den|di|du|la|le|bin|binti|al|el|y|dos|das)|\\p{Lu}\\.)");
    /** Labels before contact details: "Location: Pune, India", "Address -". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(?:location|address|based in|lives in|residence|city|e-?mail|phone|mobile|tel|cell|linkedin)\\s*[:：-]\\s*");
    /** A numeric postal code after the town: "Oak Park, CA 91377", "Springfield, IL 62701-1234". */
    private static final Pattern POSTCODE = Pattern.compile("[\\s,]+\\d{4,6}(?:-\\d{4})?$");
    /** The end of an email address wrapped onto a line of its own: lower-case letters and dots, no space. */
    private static final Pattern WRAPPED_TAIL = Pattern.compile("[a-z][a-z.]{0,9}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final CvVocabulary vocabulary;
    private final SectionDetector headings;

    ContactReader(CvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.headings = new SectionDetector(vocabulary);
    }

    /** The name (or null) and the contact details. */
    record Read(String name, Contact contact) {
    }

    /**
     * @param links the addresses of the CV's hyperlinks: the LinkedIn profile or email a CV shows only as a
     *              linked word ("LinkedIn", "Email me")
     */
    Read read(List<Section> sections, List<String> links) {
        List<NumberedLine> top = new ArrayList<>();
        List<NumberedLine> all = new ArrayList<>();
        if (!sections.isEmpty() && sections.get(0).kind() != SectionKind.HEADER && !sections.get(0).lines().isEmpty()
                && Segments.split(sections.get(0).heading()).size() > 1) {
            // no header: the name run into the first heading ("ROWAN ELLIS | EXPERIENCE", a sidebar layout)
            NumberedLine first = sections.get(0).lines().get(0);
            top.add(new NumberedLine(first.number(), first.line().withText(sections.get(0).heading())));
        }
        for (Section s : sections) {
            boolean contactSection = s.kind() == SectionKind.OTHER && s.heading().toLowerCase(Locale.ROOT).contains("contact")
                    || s.kind() == SectionKind.OTHER && s.heading().toLowerCase(Locale.ROOT).startsWith("personal");
            for (NumberedLine nl : s.lines()) {
                all.add(nl);
                if ((s.kind() == SectionKind.HEADER || contactSection) && nl.line().page() == 1) {
                    top.add(nl);
                }
            }
        }
        String email = first(top, all, ContactPatterns::email);
        email = email == null ? null : wrapped(email, all);
        String phone = first(top, all, line -> ContactPatterns.phone(line, vocabulary::endsWithPhoneLabel));
        String linkedin = first(top, all, ContactPatterns::linkedin);
        for (String link : links) {
            if (linkedin == null) {
                linkedin = ContactPatterns.linkedin(link).orElse(null);
            }
            if (email == null && link.regionMatches(true, 0, "mailto:", 0, 7)) {
                email = ContactPatterns.email(link).orElse(null);
            }
        }
        String location = null;
        for (NumberedLine nl : top) {
            for (String part : Segments.split(LABEL.matcher(nl.text()).replaceAll(" | "))) {
                if (location == null && Places.isPlace(vocabulary, part) && !part.contains("@")) {
                    location = part;
                }
            }
        }
        for (int i = 0; location == null && i < Math.min(top.size(), PLACE_LINES); i++) {
            // a dated line is a role or a school, and its place is theirs, not the person's
            if (!YEAR.matcher(top.get(i).text()).find()) {
                location = Places.find(vocabulary, top.get(i).text());
            }
        }
        if (location != null) {
            location = POSTCODE.matcher(location).replaceFirst("");
        }
        return new Read(name(top, email, linkedin), new Contact(email, phone, location,
                linkedin == null ? null : linkedin.replaceFirst("(?i)^.*?(linkedin\\.com/in/)", "linkedin.com/in/")));
    }

    /**
     * An address that ends its line, whose next line is only its tail ("alex.pico@example.ed" over "u": a
     * narrow sidebar wraps inside the address), with the tail put back.
     */
    private static String wrapped(String email, List<NumberedLine> all) {
        for (int i = 0; i + 1 < all.size(); i++) {
            String text = all.get(i).text().strip();
            String next = all.get(i + 1).text().strip();
            if (text.endsWith(email) && WRAPPED_TAIL.matcher(next).matches()
                    && all.get(i).line().page() == all.get(i + 1).line().page()) {
                return ContactPatterns.email(email + next).orElse(email);
            }
        }
        return email;
    }

    private static String first(List<NumberedLine> top, List<NumberedLine> all, Function<String, Optional<String>> find) {
        for (List<NumberedLine> lines : List.of(top, all)) {
            for (NumberedLine nl : lines) {
                Optional<String> found = find.apply(nl.text());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return null;
    }

    private String name(List<NumberedLine> top, String email, String linkedin) {
        String handles = ascii((email == null ? "" : email.substring(0, email.indexOf('@'))) + " "
                + (linkedin == null ? "" : linkedin.substring(linkedin.lastIndexOf('/') + 1)));
        String best = null;
        double bestScore = 0;
        int seen = 0;
        for (NumberedLine nl : top) {
            if (++seen > NAME_LINES) {
                break;
            }
            if (YEAR.matcher(nl.text()).find()) {
                continue;  // a dated line is a role, a school or a date stamp: its words are an employer's or a title's
            }
            List<String> parts = Segments.split(nl.text());
            for (int k = 0; k < parts.size() && k < 2; k++) {
                String candidate = parts.get(k).strip();
                String[] words = candidate.split("\\s+");
                // "Jane Cook", "Tom Head": a surname that is a job-title word is a name when the address spells it
                if (!looksLikeName(candidate, words, nl, allInHandles(words, handles))) {
                    continue;
                }
                boolean inHandle = inHandles(words, handles);
                // one word is a name when an address holds it, or when it opens the CV in a heading's style
                if (words.length == 1 && !inHandle && !(seen == 1 && k == 0 && nl.line().heading()
                        && candidate.length() >= 3 && parts.size() == 1)) {
                    continue;
                }
                double score = 1 + (inHandle ? 3 : 0) + (nl.line().heading() ? 2 : 0) - 0.05 * seen - 0.5 * k;
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        String split = splitName(top, handles);
        return split != null && (best == null || bestScore < SPLIT_NAME_SCORE || split.startsWith(best + " ")) ? split : best;
    }

    /**
     * A name set as two heading lines of one word each at the very top ("Chanchal" over "Sharma"): the two
     * words joined, when together they look like a name.
     */
    private String splitName(List<NumberedLine> top, String handles) {
        if (top.size() < 2) {
            return null;
        }
        NumberedLine a = top.get(0);
        NumberedLine b = top.get(1);
        String joined = a.text().strip() + " " + b.text().strip();
        String[] words = joined.split("\\s+");
        boolean oneWordEach = a.text().strip().indexOf(' ') < 0 && b.text().strip().indexOf(' ') < 0;
        return oneWordEach && words.length == 2 && a.line().heading() && b.line().heading()
                && looksLikeName(joined, words, a, allInHandles(words, handles)) ? joined : null;
    }

    private boolean looksLikeName(String candidate, String[] words, NumberedLine nl, boolean spelledByAddress) {
        if (words.length > 5 || candidate.length() > 60 || candidate.chars().anyMatch(Character::isDigit)
                || candidate.contains("@") || candidate.contains("/")) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return (spelledByAddress || !vocabulary.hasTitleWord(candidate)) && !vocabulary.hasEmployerWord(candidate)
                && !vocabulary.hasNotNameWord(candidate) && !vocabulary.hasQualificationWord(candidate)
                && !Places.isPlace(vocabulary, candidate)
                && headings.kindOf(nl.line().withText(candidate)).isEmpty();
    }

    /** Whether a word of three letters or more of the candidate is in the email or LinkedIn handle. */
    private static boolean inHandles(String[] words, String handles) {
        if (handles.isBlank()) {
            return false;
        }
        for (String w : words) {
            String a = ascii(w);
            if (a.length() >= 3 && handles.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the candidate has two words or more and the email or LinkedIn handle holds each of three letters or more. */
    private static boolean allInHandles(String[] words, String handles) {
        if (words.length < 2 || handles.isBlank()) {
            return false;
        }
        boolean any = false;
        for (String w : words) {
            String a = ascii(w);
            if (a.length() >= 3) {
                if (!handles.contains(a)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Lower-case ASCII letters: "Wiśniewska" → "wisniewska". */
    private static String ascii(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "");
    }
}
