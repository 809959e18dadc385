package io.pmotoolkit.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders a page record with its precompiled template ({@code src/main/jte/NAME.jte}). Thread-safe. */
final class Templates {

    private final TemplateEngine engine;

    Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The page {@code name} (without {@code .jte}) made from {@code page}. */
    String render(String name, Object page) {
        StringOutput out = new StringOutput(16 * 1024);
        engine.render(name + ".jte", page, out);
        return out.toString();
    }
}
