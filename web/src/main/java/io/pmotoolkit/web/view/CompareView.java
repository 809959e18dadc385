package io.pmotoolkit.web.view;

import io.pmotoolkit.app.render.CompareMarkdown;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.core.result.CvComparison.TermChange;
import io.pmotoolkit.web.view.Views.Carry;

/**
 * The comparison page: what changed between two versions of a CV, and what its download forms re-post.
 *
 * @param csrf       the form token
 * @param comparison the comparison, as {@code pmo compare} makes it
 * @param carry      the old version, the role and the advert, as the Results page's forms carry them
 * @param newCvName  the new version's file name
 * @param newCv      the new version, base64
 * @param downloads  whether the download forms can re-post both versions within the request limit
 */
public record CompareView(String csrf, CvComparison comparison, Carry carry, String newCvName, String newCv,
                          boolean downloads) {

    /** "+5", "0", "-3": a change with its sign. */
    public static String signed(int delta) {
        return delta > 0 ? "+" + delta : Integer.toString(delta);
    }

    /** One changed term in the words of {@code pmo compare}, with the grades before and after when both exist. */
    public static String term(TermChange t) {
        return CompareMarkdown.termLine(t, t.before() != null && t.after() != null);
    }

    /** The sentence on lines without a counterpart, or null when every line has one. */
    public String linesMoved() {
        return comparison.linesAdded() + comparison.linesRemoved() == 0 ? null
                : CompareMarkdown.linesMoved(comparison);
    }
}
