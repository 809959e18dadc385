/** The analysis of a CV against a role: {@link io.pmotoolkit.resume.analysis.ResumeAnalyzer} and its result, {@link io.pmotoolkit.resume.analysis.CvAnalysis} (the JSON contract). */
package io.pmotoolkit.resume.analysis;
