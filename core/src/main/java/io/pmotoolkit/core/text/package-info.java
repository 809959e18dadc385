/** Text processing shared by every module: the OpenNLP pipeline ({@link io.pmotoolkit.core.text.Nlp}), word keys for matching, and cleaning of messy extracted text. */
package io.pmotoolkit.core.text;
