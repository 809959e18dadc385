/**
 * Whole-CV checks: {@link io.pmotoolkit.resume.checks.CvChecks} runs the contact, heading, length and
 * date checks, and {@link io.pmotoolkit.resume.checks.ExperienceTimeline} turns the date ranges of the
 * experience sections into a {@link io.pmotoolkit.resume.checks.Timeline} (years of experience, gaps,
 * date styles) that other features can reuse. {@link io.pmotoolkit.resume.checks.CertificationCurrency} is the
 * informational {@code cert-renewal} check (dated credentials that may need renewing, by the skills model's
 * renewal rules), with {@link io.pmotoolkit.resume.checks.CredentialDate} reading the year beside a credential.
 *
 * {@snippet :
 * Timeline t = ExperienceTimeline.of(sections, Clock.systemDefaultZone());
 * boolean fiveYears = t.years() >= 5;
 * }
 */
package io.pmotoolkit.resume.checks;
