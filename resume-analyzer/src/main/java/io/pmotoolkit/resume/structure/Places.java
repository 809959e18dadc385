package io.pmotoolkit.resume.structure;

import java.util.regex.Pattern;

/**
 * Tells a place ("London", "San Francisco, CA", "João Pessoa, Paraíba, Brazil", "Remote") from other
 * parts of a line, with the regions of the {@link CvVocabulary}.
 *
 * <p>Thread-safe: stateless.
 */
final class Places {

    private static final Pattern TOWN_AND_REGION = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]*(?:,\\s*\\p{L}[\\p{L}.'’ -]*){1,2}(?:\\s+\\d{5}(?:-\\d{4})?)?");
    private static final Pattern ZIP = Pattern.compile("\\s+\\d{5}(?:-\\d{4})?$");
    /** A UK postcode at the end: "London SW1A 1AA", "Leeds, LS1 4DY". */
    private static final Pattern POSTCODE = Pattern.compile(".*\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}$");

    /** The placeholder of templates and anonymised datasets: "City , State". */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\bcity\\s*,\\s*(?:state|country|st)$");
    /** "Town, Region" inside a longer text: up to three capitalised words, then a comma and a region. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}])((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}.'’-]*)\\s*,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3})");
    /** Street words: a town starts after them ("2222 McCoy Road Columbus, Ohio"). */
    private static final Pattern STREET = Pattern.compile(
            "(?i).*\\b(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|close|court|ct|place|pl|square|terrace|crescent|apt|suite|flat)\\.?\\s+");

    /** Lines longer than this are not searched for a town inside them. */
    private static final int MAX_LINE = 160;
    /** Parts longer than this are not a place ("João Pessoa, Paraíba, Brazil" is 28). */
    private static final int MAX_PLACE = 60;

    private Places() {
    }

    /** The first "Town, Region" written inside a line ("2222 McCoy Road Columbus, Ohio 44444 …" → "Columbus, Ohio"), or null. */
    static String find(CvVocabulary v, String text) {
        if (text.length() > MAX_LINE) {
            return null;  // a paragraph, or a whole CV on one line (datasets): its places are not the person's
        }
        java.util.regex.Matcher m = IN_TEXT.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            // on a miss, the words after the comma may be the next town ("Example Way, Springfield, IL")
            from = m.start(2);
            String region = m.group(2);
            // the longest run of the region's words that is a region ("Ohio 44444" → "Ohio", "New York City" → "New York")
            String[] words = region.split("\\s+");
            String found = null;
            for (int n = words.length; n >= 1 && found == null; n--) {
                String r = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (v.isRegion(r)) {
                    found = r;
                }
            }
            if (found != null) {
                String town = STREET.matcher(m.group(1)).replaceFirst("");
                // a town is one or two words; a word that is a label or a qualification is not part of it
                String[] townWords = town.split("\\s+");
                if (townWords.length > 2 || townWords.length == 2 && (v.hasNotNameWord(townWords[0])
                        || v.hasQualificationWord(townWords[0]) || townWords[0].contains("."))) {
                    town = townWords[townWords.length - 1];
                }
                if (!v.hasEmployerWord(town) && !v.hasNotNameWord(town)) {
                    return town + ", " + found;
                }
            }
        }
        return null;
    }

    /**
     * Where a "Town, Region" stands between two fields of a line, with words after it ("BE Computer Science
     * Nagpur, Maharashtra Nagpur University" → the span of "Nagpur, Maharashtra"), or null. The region must be
     * one of the vocabulary's; the town is the one or two capitalised words before the comma.
     */
    static int[] innerPlace(CvVocabulary v, String text) {
        if (text.length() > MAX_LINE) {
            return null;
        }
        java.util.regex.Matcher m = IN_TEXT.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2);
            String[] words = m.group(2).split("\\s+");
            for (int n = words.length; n >= 1; n--) {
                String r = String.join(" ", java.util.Arrays.copyOf(words, n));
                int end = m.start(2) + r.length();
                if (!isRegionAnyCase(v, r) || !LETTER.matcher(text.substring(end)).find()) {
                    continue;  // some words must stay after the place
                }
                String[] townWords = m.group(1).split("\\s+");
                String town = townWords[townWords.length - 1];
                if (v.hasEmployerWord(town) || v.hasNotNameWord(town) || v.hasQualificationWord(town)
                        || v.hasInstitutionWord(town)) {
                    break;
                }
                // "Vashi, MAHARASHTRA, IN Fr. Agnel Polytechnic": a country code after the region is part of the place
                java.util.regex.Matcher more = MORE_REGION.matcher(text).region(end, text.length());
                if (more.lookingAt() && v.isRegion(more.group(1)) && LETTER.matcher(text.substring(more.end())).find()) {
                    end = more.end();
                }
                return new int[] {m.start(1) + m.group(1).lastIndexOf(town), end};
            }
        }
        return null;
    }

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern MORE_REGION = Pattern.compile("\\s*,\\s*(\\p{Lu}{2,3})\\b");

    /** A region as the vocabulary writes it, or in capitals ("MAHARASHTRA"; codes such as "IN" only as written). */
    private static boolean isRegionAnyCase(CvVocabulary v, String r) {
        if (v.isRegion(r)) {
            return true;
        }
        if (r.length() <= 3 || !r.equals(r.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        StringBuilder title = new StringBuilder();
        for (String w : r.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return v.isRegion(title.toString());
    }

    static boolean isPlace(CvVocabulary v, String part) {
        String p = part.strip().replaceAll("\\s+,", ",");
        // the length first: a longer part is no place, and the searches below need not run over it
        if (p.isEmpty() || p.length() > MAX_PLACE) {
            return false;
        }
        if (PLACEHOLDER.matcher(p).find() && p.split("\\s+").length <= 3) {
            return true;
        }
        if (v.isRegion(p) || POSTCODE.matcher(p).matches() && p.split("\\s+").length <= 6) {
            return true;
        }
        if (!TOWN_AND_REGION.matcher(p).matches()) {
            return false;
        }
        String last = ZIP.matcher(p.substring(p.lastIndexOf(',') + 1)).replaceAll("").strip();
        return v.isRegion(last) && !v.hasEmployerWord(p.substring(0, p.indexOf(',')));
    }

    /**
     * Whether a part has the shape of "Town, Country" ("Seoul, S.Korea", "Mountain View, CA"): one to three
     * capitalised words either side of one comma, no employer or title word. Weaker than {@link #isPlace}:
     * used for a role line's last part, where places stand.
     */
    static boolean looksLikePlace(CvVocabulary v, String part) {
        String p = part.strip();
        return SHAPE.matcher(p).matches() && !v.hasEmployerWord(p) && !v.hasTitleWord(p);
    }

    /**
     * Whether a part is one place or several joined by "&" or " / " ("Seoul, S.Korea & LA, U.S.A"), each having
     * the shape of {@link #looksLikePlace} or being a known place.
     */
    static boolean looksLikePlaces(CvVocabulary v, String part) {
        if (looksLikePlace(v, part)) {
            return true;
        }
        String[] pieces = JOINED.split(part.strip());
        if (pieces.length < 2 || part.length() > MAX_PLACE) {
            return false;
        }
        for (String piece : pieces) {
            if (!looksLikePlace(v, piece) && !isPlace(v, piece)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern JOINED = Pattern.compile("\\s+(?:&|/)\\s+");

    private static final Pattern SHAPE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?");

    /** The place at the end of a part after its last comma ("Acme Ltd, London" → "London"), or null. */
    static String trailingPlace(CvVocabulary v, String part) {
        java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(part);
        if (placeholder.find() && placeholder.start() > 0) {
            return part.substring(placeholder.start());
        }
        int end = part.length();
        while (end > 0 && Character.isWhitespace(part.charAt(end - 1))) {
            end--;
        }
        int comma = part.indexOf(',');
        while (comma > 0) {
            int start = comma + 1;
            while (start < end && Character.isWhitespace(part.charAt(start))) {
                start++;
            }
            // only the tails short enough to be a place are tried: a line of many commas stays linear
            if (end - start <= MAX_PLACE) {
                String tail = part.substring(start, end);
                if (isPlace(v, tail)) {
                    return tail;
                }
            }
            comma = part.indexOf(',', comma + 1);
        }
        return null;
    }
}
