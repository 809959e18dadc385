/**
 * Job adverts: {@link io.pmotoolkit.resume.jobad.JobAdParser} reads an advert (a {@code CvDocument} from
 * the same readers as a CV) into a {@link io.pmotoolkit.resume.jobad.JobAd}: its title and the skills
 * model's role it maps to, with the reason; the terms it requires and prefers, known keywords and tool
 * names the model does not know yet; the years of experience asked for; and its responsibilities. The
 * analyzer then measures a CV against the advert's terms instead of the role's alone.
 *
 * {@snippet :
 * JobAd ad = analyzer.jobAdParser().parse(new CvReader().read(Path.of("advert.md")));
 * String role = ad.role().id();
 * }
 */
package io.pmotoolkit.resume.jobad;
