package io.pmotoolkit.core;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small skills model the core tests share. */
public final class TestModels {

    private TestModels() {
    }

    public static String text(String resource) {
        try (InputStream in = TestModels.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SkillsModel small() {
        return SkillsModelLoader.parse("test-model.yaml", text("/io/pmotoolkit/core/test-model.yaml"), null);
    }
}
