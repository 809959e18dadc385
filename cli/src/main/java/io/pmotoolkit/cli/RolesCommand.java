package io.pmotoolkit.cli;

import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.cli.render.Wrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo roles}: the target roles of the skills model. */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = "List the target roles, their level and what they expect.")
final class RolesCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    SizeOption size;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    PmoCommand parent;

    @Override
    public Integer call() {
        SkillsModel model = size.apply(common.toolkit(parent)).build().model();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Target roles (skills model " + model.version() + ")");
        for (Role role : model.roles()) {
            // A credential group counts as one term: the role asks for one of its members, not each.
            List<Keyword> terms = model.keywordsFor(role).stream()
                    .filter(k -> model.groupOf(role, k.term()).isEmpty()).toList();
            var groups = model.credentialGroupsFor(role);
            long essential = terms.stream()
                    .filter(k -> k.importanceFor(role.id()).orElseThrow() == Importance.ESSENTIAL).count()
                    + groups.stream().filter(g -> g.importanceFor(role.id()).orElseThrow() == Importance.ESSENTIAL).count();
            int total = terms.size() + groups.size();
            out.println();
            out.println(role.id() + "  (level " + role.level() + ")");
            out.println("  " + role.title());
            for (String line : Wrap.lines(role.summary(), 76)) {
                out.println("  " + line);
            }
            out.println("  Expects " + role.competencies().size() + " competencies, " + essential
                    + " essential and " + (total - essential) + " desirable terms.");
        }
        out.println();
        out.println("Use one with: pmo analyze CV --role <id>");
        Outputs.checkStandardOutput(out);
        return ExitCodes.OK;
    }
}
