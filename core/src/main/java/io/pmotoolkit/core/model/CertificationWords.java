package io.pmotoolkit.core.model;

import java.util.List;

/**
 * The words beside a credential's year that say what the year is: {@code renewed} ("PMP, renewed 2025",
 * "recertified 2024") makes it the year of the last renewal, {@code validUntil} ("valid until 2027",
 * "expires Jan 2027") the year it stops being valid. On the credential's own line any other year is taken as
 * the year obtained; on the line after it (its entry: "Issued Mar 2019") only a year after one of these words
 * or an {@code obtained} word counts. From the skills model's {@code certificationWords}; lower case, whole words.
 *
 * @param renewed    words before the year of the last renewal
 * @param validUntil words before the year a credential expires
 * @param obtained   words before the year a credential was obtained ("issued", "awarded")
 */
public record CertificationWords(List<String> renewed, List<String> validUntil, List<String> obtained) {

    public CertificationWords {
        renewed = List.copyOf(renewed);
        validUntil = List.copyOf(validUntil);
        obtained = List.copyOf(obtained);
    }
}
