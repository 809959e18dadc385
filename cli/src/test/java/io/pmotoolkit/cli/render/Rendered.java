package io.pmotoolkit.cli.render;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** Shared fixtures for the renderer tests: analyses of sample and hand-made CVs, and ANSI stripping. */
final class Rendered {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    private Rendered() {
    }

    /** The analysis of {@code file} (under samples/, or any path) against {@code role}. */
    static CvAnalysis analysis(Path file, String role) throws IOException {
        return ANALYZER.analyze(new CvReader(20L << 20, 50).read(file), MODEL.findRole(role).orElseThrow(), null);
    }

    /** The analysis of a sample CV against {@code role}. */
    static CvAnalysis sample(String name, String role) throws IOException {
        return analysis(Path.of(System.getProperty("pmo.samples.dir", "../samples")).resolve(name), role);
    }

    /** {@code s} without SGR colour sequences. */
    static String strip(String s) {
        return SGR.matcher(s).replaceAll("");
    }
}
