package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import io.pmotoolkit.core.result.AdvertRanking;
import java.util.Locale;

/**
 * Adverts ranked for a CV ({@code pmo match}) for a terminal: one block per advert, best first, laid out to the
 * terminal's width, the rate coloured by its band. Advert text is shown with its control characters escaped.
 * Stateless and thread-safe.
 */
public final class MatchText {

    private MatchText() {
    }

    /** The ranking laid out for {@code t}. */
    public static String render(AdvertRanking r, Terminal t) {
        int width = t.width();
        StringBuilder b = new StringBuilder();
        b.append(t.heading("PMO Toolkit · adverts ranked for " + Escape.controls(r.cv()))).append("\n");
        long ranked = r.adverts().stream().filter(e -> e.error() == null).count();
        b.append(Wrap.hanging("", ranked + (ranked == 1 ? " advert" : " adverts") + " ranked by match rate"
                + (r.failed() == 0 ? "" : "; " + r.failed() + " could not be read (listed last)") + ".", width));
        for (AdvertRanking.Entry e : r.adverts()) {
            b.append('\n');
            String file = Escape.controls(e.file());
            if (e.error() != null) {
                b.append(Wrap.hanging("  --  ", file, width));
                String error = Wrap.hanging("      ", "!! " + Escape.controls(e.error()), width);
                b.append(t.restyle(error, "      !!", "!!", t.bad("!!")));
                continue;
            }
            String head = String.format(Locale.ROOT, "%2d. ", e.rank());
            String rate = e.rate() + "/100 " + e.band();
            b.append(t.restyle(Wrap.hanging(head, rate + "  " + file, width), head + rate, rate, t.score(e.rate(), rate)));
            if (e.title() != null) {
                b.append(Wrap.hanging("    Title  ", Escape.controls(e.title()) + " (as " + e.role() + ")", width));
            }
            b.append(Wrap.hanging("    Fit    ", Escape.controls(e.titleFit()), width));
            if (!e.mustHaves().isEmpty()) {
                b.append(Wrap.hanging("    Must   ", "missing " + Escape.controls(String.join(", ", e.mustHaves()))
                        + ": the rate is capped", width));
            }
            for (int i = 0; i < e.gaps().size(); i++) {
                b.append(Wrap.hanging(i == 0 ? "    Gaps   " : "           ", "- " + Escape.controls(e.gaps().get(i)),
                        width));
            }
        }
        b.append('\n').append(Wrap.hanging("", "The rate's formula: docs/scoring.md, \"Advert match\". One advert "
                + "in detail: pmo analyze CV --job-ad ADVERT.", width));
        return b.toString();
    }
}
