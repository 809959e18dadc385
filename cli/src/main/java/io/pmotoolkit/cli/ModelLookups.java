package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionBankException;
import io.pmotoolkit.interview.QuestionBankLoader;
import java.nio.file.Path;

/**
 * What {@code feedback} and {@code practice} share: the role and the question bank, with the same messages and
 * exit codes as {@code questions}.
 */
final class ModelLookups {

    private ModelLookups() {
    }

    /** The role with this id; a usage error naming the known ones otherwise. */
    static Role role(SkillsModel model, String id) {
        String roles = String.join(", ", model.roles().stream().map(Role::id).toList());
        if (id == null) {
            throw new PmoCommand.UsageException("which role? Add --role with one of " + roles);
        }
        return model.findRole(id).orElseThrow(() -> new PmoCommand.UsageException(
                "unknown role '" + id + "': choose one of " + roles));
    }

    /** The built-in bank checked against the model in use; a --skills-file that drops what it needs is exit 4. */
    static QuestionBank bank(SkillsModel model, Path skillsFile) {
        try {
            return QuestionBankLoader.builtIn(model);
        } catch (QuestionBankException e) {
            if (skillsFile != null) {
                throw new SkillsModelException(skillsFile + " leaves the interview question bank invalid: "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }
}
