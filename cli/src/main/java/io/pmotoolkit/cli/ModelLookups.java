package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionBankException;
import io.pmotoolkit.interview.QuestionBankLoader;
import java.nio.file.Path;

/**
 * What the commands share: finding the role (given with --role, or taken from a job advert) and the question
 * bank, with the same messages and exit codes everywhere.
 */
final class ModelLookups {

    private ModelLookups() {
    }

    /**
     * Checks, before any file is read, that a role can be settled: the role given with --role (null when
     * none was, and the caller then takes the advert's), or a usage error. The CV and the advert cannot both
     * come from standard input.
     */
    static Role requested(SkillsModel model, String role, String jobAd, String cv) {
        if (role == null && jobAd == null) {
            throw new PmoCommand.UsageException("which role? Add --role with one of "
                    + String.join(", ", model.roles().stream().map(Role::id).toList()) + " (or give --job-ad)");
        }
        if ("-".equals(cv) && "-".equals(jobAd)) {
            throw new PmoCommand.UsageException("the CV and the job advert cannot both come from standard input");
        }
        return role == null ? null : role(model, role);
    }

    /** The role with this id; a usage error naming the known ones otherwise. */
    static Role role(SkillsModel model, String id) {
        String roles = String.join(", ", model.roles().stream().map(Role::id).toList());
        if (id == null) {
            throw new PmoCommand.UsageException("which role? Add --role with one of " + roles);
        }
        return model.findRole(id).orElseThrow(() -> new PmoCommand.UsageException(
                Suggestions.unknownRole(id, model.roles().stream().map(Role::id).toList())));
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
