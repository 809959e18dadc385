/** The analysis of a CV against a role: {@link io.pmotoolkit.resume.analysis.ResumeAnalyzer} and its result, {@link io.pmotoolkit.core.result.CvAnalysis} (the JSON contract). */
package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.result.CvAnalysis;