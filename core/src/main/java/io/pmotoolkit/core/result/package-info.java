/** Result types shared by the modules: the analysis of a CV ({@link io.pmotoolkit.core.result.CvAnalysis}, the JSON contract) and its parts. */
package io.pmotoolkit.core.result;
