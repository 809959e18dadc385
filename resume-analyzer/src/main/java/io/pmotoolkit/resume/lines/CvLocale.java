package io.pmotoolkit.resume.lines;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * How a CV writes money and spelling, so that the words a rewrite adds follow the CV: the currency sign it uses
 * most ({@code £}, {@code $}, {@code €}, {@code ₹}; null when it shows none, or two as often) and whether it mostly
 * spells -ize ("organize") rather than -ise.
 *
 * {@snippet :
 * CvLocale l = CvLocale.of(List.of("Organized a $2m budget review"));
 * l.currency();            // "$"
 * l.words("prioritised");  // "prioritized"
 * }
 *
 * <p>Thread-safe: an immutable record.
 *
 * @param currency the currency sign, or null
 * @param ize      whether the CV mostly spells -ize
 */
public record CvLocale(String currency, boolean ize) {

    /** No currency, -ise spelling: the wording used when nothing is known about the CV. */
    public static final CvLocale NEUTRAL = new CvLocale(null, false);

    /** Reads the locale from a CV's lines: the currency it shows most, and its -ise/-ize majority. */
    public static CvLocale of(Iterable<String> lines) {
        RewriteVocabulary v = RewriteVocabulary.builtIn();
        int[] money = new int[v.currencies().size()];
        int ise = 0;
        int ize = 0;
        for (String line : lines) {
            for (int i = 0; i < money.length; i++) {
                Matcher m = v.currencies().get(i).shownBy().matcher(line);
                while (m.find()) {
                    money[i]++;
                }
            }
            ise += count(v.iseWords().matcher(line));
            ize += count(v.izeWords().matcher(line));
        }
        String currency = null;
        int best = 0;
        for (int i = 0; i < money.length; i++) {
            if (money[i] > best) {
                best = money[i];
                currency = v.currencies().get(i).sign();
            } else if (money[i] == best && best > 0) {
                currency = null;  // a tie: no currency is safer than a wrong one
            }
        }
        return new CvLocale(currency, ize > ise);
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Our own words respelt for the CV: -ise stems become -ize when the CV mostly writes -ize. */
    String words(String text) {
        if (!ize) {
            return text;
        }
        return RewriteVocabulary.builtIn().iseWords().matcher(text).replaceAll(m -> m.group(1)
                + (m.group().equals(m.group().toUpperCase(Locale.ROOT)) ? "IZ" : "iz") + m.group(2));
    }
}
