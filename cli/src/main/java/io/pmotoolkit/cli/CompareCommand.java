package io.pmotoolkit.cli;

import io.pmotoolkit.app.CompareRun;
import io.pmotoolkit.app.Format;
import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.result.CvComparison;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmo compare}: what changed between two versions of a CV. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a CV against the same role or advert: the score change, terms "
                + "gained, lost or shown with stronger evidence, duty lines that now state a result, and checks fixed "
                + "or broken.", ""})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: " + HelpValues.CV_FORMATS_TEXT
            + " ('-' reads standard input).")
    String oldCv;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later version, in any of the same formats.")
    String newCv;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", description = PmoCommand.ROLE_OPTION)
    String role;

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert (" + HelpValues.CV_FORMATS_TEXT + "; '-' reads standard input): both versions "
                    + "are measured against it. Without --role, the role is the nearest to the advert's title.")
    String jobAd;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    DocumentRunOptions document;

    @Override
    public Integer call() throws IOException {
        Toolkit app = document.toolkit();
        CvComparison comparison = CompareRun.compare(app, role, jobAd, oldCv, newCv);
        Outputs.print(document.out(), Renderers.comparison(document.terminal()).render(comparison, format));
        return ExitCodes.OK;
    }
}
