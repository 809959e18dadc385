package io.pmotoolkit.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.pmotoolkit.cli.render.JsonOutput;
import io.pmotoolkit.cli.render.Wrap;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.batch.BatchAnalyzer;
import io.pmotoolkit.resume.batch.BatchAnalyzer.Outcome;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * {@code pmo analyze} over several files or folders: analyses on all cores, streams JSON in input order,
 * prints a ranked summary, and with {@code --out} writes one JSON per CV and {@code summary.csv}.
 */
final class BatchRun {

    private final CommandLine cmd;
    private final BatchOptions options;
    private final String format;

    private final java.time.Clock clock;

    BatchRun(CommandLine cmd, BatchOptions options, String format, java.time.Clock clock) {
        this.clock = clock;
        this.cmd = cmd;
        this.options = options;
        this.format = format;
    }

    /** A row of the summary: what is kept of each CV once its analysis has been written out. */
    private record Row(int index, String file, String name, Integer score, List<String> topGaps, String error,
                       String skipped) {
        boolean ranked() {
            return error == null && skipped == null;
        }
    }

    int run(ResumeAnalyzer analyzer, CvReader reader, List<String> args, Role role, JobAd ad) throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String a : args) {
            if ("-".equals(a)) {
                throw new PmoCommand.UsageException("'-' (standard input) cannot be part of a batch: give files or folders");
            }
            inputs.add(Path.of(a));
        }
        if (options.reports && options.outDir == null) {
            throw new PmoCommand.UsageException("--reports needs --out DIR to put the PDF reports in");
        }
        List<Path> files = BatchAnalyzer.expand(inputs);
        if (files.isEmpty()) {
            cmd.getErr().println("pmo: no CVs found in " + String.join(", ", args)
                    + ": a batch reads .docx, .pdf, .txt and .md files");
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        List<Path> jsonTargets = options.outDir == null ? List.of() : prepareOutDir(files);
        int threads = options.jobs != null ? options.jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 256) {
            throw new PmoCommand.UsageException("--jobs must be from 1 to 256, not " + threads);
        }
        PrintWriter out = cmd.getOut();
        Progress progress = Progress.forTerminal(cmd.getErr(), files.size());
        List<Row> rows = new ArrayList<>();
        boolean json = format.equals("json");
        SequenceWriter array = json ? JsonOutput.arrayWriter(out) : null;
        new BatchAnalyzer(analyzer, reader, threads, Duration.ofSeconds(options.timeoutSeconds))
                .run(files, role, ad, outcome -> {
                    Row row = row(outcome);
                    rows.add(row);
                    if (json) {
                        try {
                            array.write(!outcome.ok() ? error(outcome)
                                    : row.skipped() != null ? new FileSkipped(row.file(), outcome.analysis().documentKind(),
                                            row.skipped())
                                    : outcome.analysis());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    if (!jsonTargets.isEmpty() && row.ranked()) {
                        Path target = jsonTargets.get(outcome.index());
                        OutputFiles.write(target, JsonOutput.write(outcome.analysis()) + "\n", true);
                        if (options.reports) {
                            ReportOutput.writeQuietly(outcome.analysis(), analyzer.model(), clock, reportFor(target), true);
                        }
                    }
                    progress.step(outcome.file().getFileName().toString());
                });
        progress.done();
        if (json) {
            array.close();
            out.println();
        } else {
            summary(out, rows, role, format.equals("markdown"));
        }
        if (options.outDir != null) {
            OutputFiles.write(options.outDir.resolve("summary.csv"), csv(rows, role), true);
            cmd.getErr().println("pmo: wrote " + rows.stream().filter(Row::ranked).count()
                    + (options.reports ? " analyses, gap reports" : " analyses") + " and summary.csv to " + options.outDir);
        }
        out.flush();
        cmd.getErr().flush();
        return rows.stream().anyMatch(r -> r.error() != null) ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** The JSON file for each CV, named after it; refuses to overwrite any without --force. */
    private List<Path> prepareOutDir(List<Path> files) {
        Path dir = options.outDir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PmoCommand.OutputException("cannot create the output folder " + dir + ": " + e.getMessage()
                    + "; choose a folder you can write to", e);
        }
        if (!Files.isWritable(dir)) {
            throw new PmoCommand.OutputException("cannot write to the output folder " + dir
                    + ": choose a folder you can write to", null);
        }
        List<Path> targets = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String base = files.get(i).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            String name = used.add(base.toLowerCase(Locale.ROOT)) ? base : base + "-" + (i + 1);
            used.add(name.toLowerCase(Locale.ROOT));
            Path target = dir.resolve(name + ".json");
            for (Path t : options.reports ? List.of(target, reportFor(target)) : List.of(target)) {
                if (Files.exists(t) && !options.force) {
                    throw new PmoCommand.OutputException(t + " already exists: pass --force to overwrite, "
                            + "or choose another --out folder", null);
                }
            }
            targets.add(target);
        }
        Path csv = dir.resolve("summary.csv");
        if (Files.exists(csv) && !options.force) {
            throw new PmoCommand.OutputException(csv + " already exists: pass --force to overwrite, "
                    + "or choose another --out folder", null);
        }
        return targets;
    }

    private static Path reportFor(Path json) {
        return json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".gap.pdf"));
    }

    private static Row row(Outcome o) {
        String file = o.file().toString();
        if (!o.ok()) {
            return new Row(o.index(), file, null, null, List.of(), o.error(), null);
        }
        CvAnalysis a = o.analysis();
        if (!a.isCv()) {
            return new Row(o.index(), file, null, null, List.of(), null,
                    io.pmotoolkit.resume.analysis.DocumentKind.reasonFor(a.documentKind()) + ".");
        }
        List<String> gaps = a.keywords().missing().stream().filter(m -> m.importance().equals("essential"))
                .limit(3).map(CvAnalysis.MissingTerm::term).toList();
        return new Row(o.index(), file, a.candidate().name(), a.score().overall(), gaps, null, null);
    }

    /** What a file that is not a CV (an advert, a README, this tool's own report) looks like in the JSON array. */
    record FileSkipped(String file, String documentKind, String skipped) {
    }

    /** What a failed file looks like in the JSON array. */
    record FileError(String file, String error, int exitCode) {
    }

    private static FileError error(Outcome o) {
        return new FileError(o.file().toString(), o.error(), ExitCodes.BAD_INPUT);
    }

    private static void summary(PrintWriter out, List<Row> rows, Role role, boolean markdown) {
        List<Row> ranked = new ArrayList<>(rows.stream().filter(Row::ranked).toList());
        ranked.sort(Comparator.comparing((Row r) -> -r.score()).thenComparing(Row::index));
        List<Row> failed = rows.stream().filter(r -> r.error() != null).toList();
        List<Row> skipped = rows.stream().filter(r -> r.skipped() != null).toList();
        if (markdown) {
            out.println("# CV ranking for " + role.title() + "\n");
            out.println("| # | File | Name | Score | Top gaps |\n|---:|---|---|---:|---|");
            int rank = 1;
            for (Row r : ranked) {
                out.println("| " + rank++ + " | " + r.file() + " | " + (r.name() == null ? "" : r.name()) + " | "
                        + r.score() + " | " + String.join(", ", r.topGaps()) + " |");
            }
            for (Row r : failed) {
                out.println("| – | " + r.file() + " | | failed | " + r.error().replace("|", "/") + " |");
            }
            for (Row r : skipped) {
                out.println("| – | " + r.file() + " | | not a CV | " + r.skipped().replace("|", "/") + " |");
            }
            return;
        }
        out.println("CV ranking for " + role.title() + " (" + ranked.size() + " analysed, " + failed.size()
                + " failed" + (skipped.isEmpty() ? "" : ", " + skipped.size() + " not a CV") + ")");
        out.println();
        out.println("  #  Score  Candidate (file)");
        int rank = 1;
        for (Row r : ranked) {
            String who = (r.name() == null ? "" : r.name() + " ") + "(" + Path.of(r.file()).getFileName() + ")";
            out.print(Wrap.hanging(String.format(Locale.ROOT, "%3d  %5d  ", rank++, r.score()), who, 80));
            if (!r.topGaps().isEmpty()) {
                out.print(Wrap.hanging("            missing: ", String.join(", ", r.topGaps()), 80));
            }
        }
        if (!failed.isEmpty()) {
            out.println();
            out.println("Failed:");
            for (Row r : failed) {
                out.print(Wrap.hanging("  ! ", r.error(), 80));
            }
        }
        if (!skipped.isEmpty()) {
            out.println();
            out.println("Skipped, not a CV:");
            for (Row r : skipped) {
                out.print(Wrap.hanging("  - ", Path.of(r.file()).getFileName() + ": " + r.skipped(), 80));
            }
        }
    }

    private static String fit(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String csv(List<Row> rows, Role role) {
        StringBuilder b = new StringBuilder("file,name,role,score,top_gaps,error,skipped\n");
        for (Row r : rows) {
            b.append(cell(r.file())).append(',').append(cell(r.name())).append(',').append(role.id()).append(',')
                    .append(r.score() == null ? "" : r.score()).append(',')
                    .append(cell(String.join("; ", r.topGaps()))).append(',').append(cell(r.error())).append(',')
                    .append(cell(r.skipped())).append('\n');
        }
        return b.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
