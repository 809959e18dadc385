/**
 * Text processing shared by every module: the OpenNLP pipeline ({@link io.pmotoolkit.core.text.Nlp}), word keys
 * for matching, cleaning of messy extracted text, the metrics in a sentence
 * ({@link io.pmotoolkit.core.text.MetricExtractor}: used for CV lines and for interview answers) and the
 * curated action verbs ({@link io.pmotoolkit.core.text.ActionVerbs}).
 */
package io.pmotoolkit.core.text;
