/**
 * Whole-CV checks: {@link io.pmotoolkit.resume.checks.CvChecks} runs the contact, heading, length and
 * date checks, and {@link io.pmotoolkit.resume.checks.ExperienceTimeline} turns the date ranges of the
 * experience sections into a {@link io.pmotoolkit.resume.checks.Timeline} (years of experience, gaps,
 * date styles) that other features can reuse.
 *
 * {@snippet :
 * Timeline t = ExperienceTimeline.of(sections, Clock.systemDefaultZone());
 * boolean fiveYears = t.years() >= 5;
 * }
 */
package io.pmotoolkit.resume.checks;
