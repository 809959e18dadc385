/**
 * The advert match: how well a CV fits one job advert, as a 0-100 rate with the advert's terms, the title on the
 * PMO ladder and the years, education and certifications asked
 * ({@link io.pmotoolkit.resume.match.AdvertMatcher}, result {@link io.pmotoolkit.core.result.AdvertMatch}). The
 * asks are read only from the advert's lines whose part asks ({@code JobAd.Part#asks()}); the words are data
 * ({@code advert-match.yaml}). The formula is in {@code docs/scoring.md}, "Advert match".
 */
package io.pmotoolkit.resume.match;
