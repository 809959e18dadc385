package io.pmotoolkit.web.browser;

import java.util.List;
import java.util.Map;

/**
 * What a Results page shows, read in one script call (a WebDriver call per highlighted term would cost more
 * than the analysis): the heading, the score's parts, the CV lines, every {@code mark.term} with its evidence
 * grade, every {@code .duty-line} with its rewrites (one or more), and which elements of the page's contract are absent.
 *
 * @param h1         the heading
 * @param scoreParts the text of {@code #score-parts}
 * @param hasAdvert  whether {@code #advert} is there
 * @param cvLines    how many {@code #cv-text .cv-line}
 * @param terms      each {@code #cv-text mark.term}: its text and {@code data-evidence}
 * @param duties     each {@code .duty-line}: its text, how many {@code .rewrite} it holds, the first one's text
 * @param atsText    the text of {@code #ats-text}
 * @param absent     the contract's ids and download buttons not found ({@code "#checks"}, {@code "button#download-json"})
 */
record ResultsPage(String h1, String scoreParts, boolean hasAdvert, int cvLines, List<List<String>> terms,
                   List<List<String>> duties, String atsText, List<String> absent) {

    private static final String SCRIPT = """
            const text = sel => { const e = document.querySelector(sel); return e ? e.textContent.trim() : ''; };
            const required = ['#score', '#score-parts', '#cv-text', '#missing', '#checks', '#ats-text',
              '#practise-start'];
            for (const f of ['download-report', 'download-pack-pdf', 'download-pack-md', 'download-json']) {
              required.push('button#' + f);
            }
            return {
              h1: text('h1'),
              scoreParts: text('#score-parts'),
              hasAdvert: document.querySelector('#advert') !== null,
              cvLines: document.querySelectorAll('#cv-text .cv-line').length,
              terms: [...document.querySelectorAll('#cv-text mark.term')]
                .map(m => [m.textContent.trim(), m.getAttribute('data-evidence') || '']),
              duties: [...document.querySelectorAll('.duty-line')].map(l => {
                const r = l.querySelectorAll('.rewrite');
                return [l.textContent.trim(), String(r.length), r.length ? r[0].textContent.trim() : ''];
              }),
              atsText: text('#ats-text'),
              absent: required.filter(s => document.querySelector(s) === null)
            };
            """;

    @SuppressWarnings("unchecked")
    static ResultsPage read(Browser browser) {
        Map<String, Object> m = (Map<String, Object>) browser.script(SCRIPT);
        return new ResultsPage((String) m.get("h1"), (String) m.get("scoreParts"), (Boolean) m.get("hasAdvert"),
                ((Number) m.get("cvLines")).intValue(), (List<List<String>>) m.get("terms"),
                (List<List<String>>) m.get("duties"), (String) m.get("atsText"), (List<String>) m.get("absent"));
    }
}
