package io.pmotoolkit.core.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates {@code skills-model.bin}, the compact form of the built-in skills model read at start-up
 * (see {@link CompactModel}), from {@code skills-model.yaml}. Not a test: it runs only when asked, after an
 * edit to the YAML (which {@code CompactModelTest} reports), from the checkout root:
 *
 * <pre>mvn -pl core test -Dtest=CompactModelRegenerator -Dsurefire.failIfNoSpecifiedTests=false -Dpmo.regenerate=true</pre>
 */
class CompactModelRegenerator {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    @EnabledIfSystemProperty(named = "pmo.regenerate", matches = "true")
    void regenerateCompactSkillsModel() throws Exception {
        byte[] yaml = Files.readAllBytes(RESOURCES.resolve(SkillsModelLoader.BUILT_IN.substring(1)));
        String text = new String(yaml, StandardCharsets.UTF_8);
        SkillsModelLoader.parse("built-in skills model", text, null);  // a model that does not validate fails here
        Files.write(RESOURCES.resolve(CompactModel.RESOURCE.substring(1)),
                CompactModel.encode(SkillsModelLoader.bind("built-in skills model", text), yaml));
    }
}
