package io.pmotoolkit.cli;

import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.render.JsonOutput;
import io.pmotoolkit.app.render.MatchCsv;
import io.pmotoolkit.cli.render.MatchText;
import io.pmotoolkit.core.result.AdvertRanking;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmo match}: several job adverts ranked for one CV, by match rate. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Rank job adverts for one CV: each advert's match rate (0-100), how the CV's latest title "
                + "sits against the advert's on the PMO ladder, and the top three gaps. An advert that cannot be "
                + "read is listed last with its error (exit code 3) and does not stop the ranking.", ""})
final class MatchCommand implements Callable<Integer> {

    /** The formats of a ranking. */
    enum MatchFormat {
        text, json, csv
    }

    @Parameters(index = "0", paramLabel = "CV", description = "The CV: " + HelpValues.CV_FORMATS_TEXT
            + " ('-' reads standard input). It is read once.")
    String cv;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ADVERT",
            description = "Job adverts (" + HelpValues.CV_FORMATS_TEXT + "), or folders of them (searched recursively).")
    List<String> adverts;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", description = "Measure every advert as this role "
            + "(default: each advert's nearest role, as analyze --job-ad).")
    String role;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    MatchFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the output to this file instead of standard output; refuses an existing file unless --force.")
    Path out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Mixin
    DocumentRunOptions document;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            Outputs.check(out, force, "--out");
        }
        AdvertRanking ranking = document.toolkit().match(role).rank(cv, adverts);
        String text = switch (format) {
            case text -> MatchText.render(ranking, out == null ? document.terminal()
                    : io.pmotoolkit.cli.render.Terminal.PLAIN);
            case json -> JsonOutput.write(ranking) + "\n";
            case csv -> MatchCsv.render(ranking);
        };
        if (out == null) {
            Outputs.print(document.out(), text);
        } else {
            Outputs.write(out, force, "--out", text);
        }
        return ranking.failed() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
