/**
 * What an applicant tracking system would read from a CV's sections:
 * {@link io.pmotoolkit.resume.structure.StructureReader} takes the name and contact details, employment
 * roles, education, certifications and the dated entries that are not employment, with the words of
 * {@code cv-vocabulary.yaml} ({@link io.pmotoolkit.resume.structure.CvVocabulary}).
 *
 * <p>On hostile input (a damaged file, a pasted blob) the reader's time stays linear in the text's length:
 * a line over 300 characters is never a role header, a part over 60 never a place, and edges are trimmed
 * by scans rather than by patterns that retry at every character.
 */
package io.pmotoolkit.resume.structure;
