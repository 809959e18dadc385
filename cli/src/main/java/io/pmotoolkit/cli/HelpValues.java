package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.read.DocumentFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The resource bundle help texts take values from data, not from text copied into annotations:
 * {@code ${bundle:pmo.role-ids}} is "pmo-administrator, pmo-analyst, pmo-manager or head-of-pmo", read from
 * the built-in skills model when a help text is shown (nothing is loaded for a run that prints no help);
 * {@code ${bundle:pmo.cv-formats}} is ".docx, .pdf, .txt or .md" and {@code ${bundle:pmo.cv-format-names}}
 * "DOCX, PDF, TXT or MD", from {@link DocumentFormat}.
 */
final class HelpValues extends ResourceBundle {

    /** The key of the role list. */
    static final String ROLE_IDS = "pmo.role-ids";
    /** The key of the CV formats' extensions. */
    static final String CV_FORMATS = "pmo.cv-formats";
    /** The key of the CV formats' names. */
    static final String CV_FORMAT_NAMES = "pmo.cv-format-names";

    /** {@code ${bundle:pmo.cv-formats}}, for a description. */
    static final String CV_FORMATS_TEXT = "${bundle:" + CV_FORMATS + "}";

    @Override
    protected Object handleGetObject(String key) {
        return switch (key) {
            case ROLE_IDS -> either(SkillsModelLoader.builtIn().roles().stream().map(Role::id).toList());
            case CV_FORMATS -> DocumentFormat.listed("or");
            case CV_FORMAT_NAMES -> either(Arrays.stream(DocumentFormat.values())
                    .map(f -> f.extension().toUpperCase(Locale.ROOT)).toList());
            default -> null;
        };
    }

    private static String either(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(List.of(ROLE_IDS, CV_FORMATS, CV_FORMAT_NAMES));
    }
}
