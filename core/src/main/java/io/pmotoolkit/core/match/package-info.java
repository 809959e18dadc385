/** Finding the skills model's keywords in text ({@link io.pmotoolkit.core.match.KeywordMatcher}). */
package io.pmotoolkit.core.match;
