package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Several job adverts ranked for one CV ({@code pmo match}): best match first, adverts that could not be read
 * last with their error. The JSON output of {@code pmo match --format json} (docs/json-format.md).
 *
 * @param schemaVersion the JSON contract's version, as {@link CvAnalysis#schemaVersion()}
 * @param cv            the CV's file name ({@code stdin} for {@code -})
 * @param adverts       the adverts, ranked
 * @param failed        how many adverts could not be read or analysed
 */
@JsonPropertyOrder({"schemaVersion", "cv", "adverts", "failed"})
public record AdvertRanking(int schemaVersion, String cv, List<Entry> adverts, int failed) {

    public AdvertRanking {
        adverts = List.copyOf(adverts);
    }

    /**
     * One advert.
     *
     * @param rank      1 for the best match; 0 for an advert that could not be read
     * @param file      the advert's file as given
     * @param title     the advert's title, or null
     * @param role      the role it was measured as (the advert's nearest, or --role)
     * @param rate      the match rate, 0 to 100, or null when it could not be read
     * @param band      the rate's band ({@link AdvertMatch#band()}), or null
     * @param titleFit  the title comparison ({@link AdvertMatch.TitleFit#sentence()}), or null
     * @param fit       the title fit ({@link AdvertMatch.TitleFit#fit()}), or null
     * @param mustHaves the must-haves the CV does not show
     * @param gaps      the top three gaps, heaviest first
     * @param error     why it could not be read, one line, or null
     */
    @JsonPropertyOrder({"rank", "file", "title", "role", "rate", "band", "titleFit", "fit", "mustHaves", "gaps", "error"})
    public record Entry(int rank, String file, String title, String role, Integer rate, String band, String titleFit,
                        String fit, List<String> mustHaves, List<String> gaps, String error) {

        public Entry {
            mustHaves = List.copyOf(mustHaves);
            gaps = List.copyOf(gaps);
        }
    }
}
