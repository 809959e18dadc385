package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModelLoader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The resource bundle help texts take the role ids from ({@code ${bundle:pmo.role-ids}}): "pmo-administrator,
 * pmo-analyst, pmo-manager or head-of-pmo", read from the built-in skills model when a help text is shown, so
 * that help names the roles the model has. Nothing is loaded for a run that prints no help.
 */
final class RoleIds extends ResourceBundle {

    /** The key of the role list. */
    static final String KEY = "pmo.role-ids";

    @Override
    protected Object handleGetObject(String key) {
        if (!KEY.equals(key)) {
            return null;
        }
        List<String> ids = SkillsModelLoader.builtIn().roles().stream().map(Role::id).toList();
        return ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(List.of(KEY));
    }
}
