package io.pmotoolkit.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.pmotoolkit.app.Format;
import io.pmotoolkit.app.render.JsonOutput;
import io.pmotoolkit.cli.render.Wrap;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.DocumentKind;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.batch.BatchAnalyzer;
import io.pmotoolkit.resume.batch.BatchAnalyzer.Outcome;
import io.pmotoolkit.resume.batch.BatchInputs;
import io.pmotoolkit.resume.batch.OutputNames;
import io.pmotoolkit.resume.batch.SafeText;
import io.pmotoolkit.resume.batch.SameCv;
import io.pmotoolkit.resume.batch.SummaryCsv;
import io.pmotoolkit.resume.batch.SummaryRow;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.read.DocumentFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code pmo analyze} over several files or folders: analyses on all cores, streams JSON in input order,
 * prints a ranked summary, and with {@code --out} writes one JSON per CV, {@code summary.csv} and
 * {@code summary.json}. Entries that are not CVs are listed with the reason; the same CV in several files is
 * ranked once, from the file read most exactly ({@link SameCv}); every result gets a name of its own
 * ({@link OutputNames}) and the summaries say which input went to which output.
 */
final class BatchRun {

    private final CommandLine cmd;
    private final BatchOptions options;
    private final Format format;
    private final Clock clock;

    BatchRun(CommandLine cmd, BatchOptions options, Format format, Clock clock) {
        this.clock = clock;
        this.cmd = cmd;
        this.options = options;
        this.format = format;
    }

    /** A row while the batch runs: its place among the entries, and once known its summary row. */
    private static final class Slot {
        final int entry;
        SummaryRow row;
        int fileIndex = -1;
        int usedIndex = -1;
        CvAnalysis analysis;

        Slot(int entry) {
            this.entry = entry;
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
        int threads = options.threads();
        Duration timeout = options.timeout();
        BatchInputs collected = BatchInputs.collect(inputs);
        List<Path> files = collected.files();
        if (files.isEmpty()) {
            cmd.getErr().println("pmo: no CVs found in " + SafeText.fileName(String.join(", ", args))
                    + ": a batch reads " + DocumentFormat.listed("and") + " files");
            cmd.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        List<String> names = OutputNames.assign(files);
        if (options.outDir != null) {
            prepareOutDir(names);
        }
        List<BatchInputs.Entry> entries = collected.entries();
        List<Slot> slots = new ArrayList<>();
        List<Slot> fileSlots = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            Slot s = new Slot(e);
            BatchInputs.Entry entry = entries.get(e);
            if (entry.analysed()) {
                s.fileIndex = fileSlots.size();
                fileSlots.add(s);
            } else {
                s.row = SummaryRow.skipped(entry.file().toString(), entry.kind(), entry.reason() + ".");
            }
            slots.add(s);
        }
        PrintWriter out = cmd.getOut();
        Progress progress = Progress.forTerminal(cmd.getErr(), files.size());
        boolean json = format == Format.json;
        SequenceWriter array = json ? JsonOutput.arrayWriter(out) : null;
        int[] streamed = {0};  // entries already in the JSON array
        SameCv same = new SameCv(files);
        new BatchAnalyzer(analyzer, reader, threads, timeout).run(files, role, ad, outcome -> {
            progress.step(SafeText.fileName(outcome.file().getFileName().toString()));
            for (SameCv.Decided d : same.offer(outcome)) {
                Slot slot = fileSlots.get(d.outcome().index());
                settle(slot, d, files, names, analyzer);
                if (json) {
                    streamed[0] = stream(array, slots, streamed[0], slot.entry + 1, files);
                }
            }
        });
        progress.done();
        List<SummaryRow> rows = rows(slots, fileSlots, files);
        switch (format) {  // exhaustive: a new Format is a compile error here, not a silent fallback
            case json -> {
                stream(array, slots, streamed[0], slots.size(), files);
                array.close();
                out.println();
            }
            case text -> summary(out, rows, role, false);
            case markdown -> summary(out, rows, role, true);
        }
        if (options.outDir != null) {
            OutputFiles.write(options.outDir.resolve("summary.csv"), SummaryCsv.write(rows, role.id()),
                    options.force);
            OutputFiles.write(options.outDir.resolve("summary.json"), JsonOutput.write(new SummaryJson(1,
                    new CvAnalysis.RoleRef(role.id(), role.title()), Versions.tool(), counts(rows), ranked(rows))) + "\n",
                    options.force);
            long written = rows.stream().filter(r -> r.output() != null).count();
            cmd.getErr().println("pmo: wrote " + written + (written == 1 ? " analysis" : " analyses")
                    + (options.reports ? ", gap reports" : "") + ", summary.csv and summary.json to "
                    + SafeText.fileName(options.outDir.toString()));
        }
        out.flush();
        cmd.getErr().flush();
        return rows.stream().anyMatch(r -> r.error() != null) ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** Fills the slot of a decided outcome; a CV used for its row is written to --out. */
    private void settle(Slot slot, SameCv.Decided d, List<Path> files, List<String> names, ResumeAnalyzer analyzer) {
        Outcome o = d.outcome();
        String file = o.file().toString();
        slot.usedIndex = d.usedIndex();
        if (!o.ok()) {
            slot.row = SummaryRow.failed(file, o.error());
        } else if (!o.analysis().isCv()) {
            slot.row = SummaryRow.skipped(file, o.analysis().documentKind(),
                    DocumentKind.reasonFor(o.analysis().documentKind()) + ".");
        } else if (!d.used()) {
            slot.row = SummaryRow.skipped(file, CvAnalysis.CV, sameCvReason(files.get(d.usedIndex())));
        } else {
            if (format == Format.json) {
                slot.analysis = o.analysis();  // until it is streamed, right after
            }
            String output = null;
            if (options.outDir != null) {
                Path target = options.outDir.resolve(names.get(o.index()) + ".json");
                OutputFiles.write(target, JsonOutput.write(o.analysis()) + "\n", options.force);
                if (options.reports) {
                    ReportOutput.writeQuietly(o.analysis(), analyzer.model(), clock, reportFor(target), options.force);
                }
                output = target.getFileName().toString();
            }
            slot.row = SummaryRow.analysed(file, output, List.of(), o.analysis());
        }
    }

    private static String sameCvReason(Path used) {
        return "the same CV as " + used + ", which was analysed instead.";
    }

    /** Writes the JSON array's elements for entries {@code from} (inclusive) to {@code to} (exclusive). */
    private static int stream(SequenceWriter array, List<Slot> slots, int from, int to, List<Path> files) {
        try {
            for (int e = from; e < to; e++) {
                Slot s = slots.get(e);
                SummaryRow r = s.row;
                if (s.analysis != null) {
                    array.write(s.analysis);
                    s.analysis = null;  // nothing more is needed from it; let it go
                } else if (r.error() != null) {
                    array.write(new FileError(r.file(), r.error(), ExitCodes.BAD_INPUT));
                } else if (s.fileIndex >= 0 && s.usedIndex != s.fileIndex) {
                    array.write(new SameCvSkipped(r.file(), r.documentKind(), r.skipped(),
                            files.get(s.usedIndex).toString()));
                } else {
                    array.write(new FileSkipped(r.file(), r.documentKind(), r.skipped()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** The rows of the summary in entry order: the same CV's other files folded into the row of the one used. */
    private static List<SummaryRow> rows(List<Slot> slots, List<Slot> fileSlots, List<Path> files) {
        Map<Integer, List<String>> sameOf = new HashMap<>();
        for (Slot s : fileSlots) {
            if (s.usedIndex >= 0 && s.usedIndex != s.fileIndex && s.row.error() == null) {
                sameOf.computeIfAbsent(s.usedIndex, k -> new ArrayList<>()).add(files.get(s.fileIndex).toString());
            }
        }
        List<SummaryRow> rows = new ArrayList<>();
        for (Slot s : slots) {
            SummaryRow r = s.row;
            if (s.fileIndex >= 0 && s.usedIndex != s.fileIndex && r.error() == null && CvAnalysis.CV.equals(r.documentKind())) {
                continue;  // folded into the row of the file used
            }
            List<String> same = s.fileIndex < 0 ? List.of() : sameOf.getOrDefault(s.fileIndex, List.of());
            rows.add(same.isEmpty() ? r : new SummaryRow(r.file(), r.output(), same, r.name(), r.score(), r.parts(),
                    r.topGaps(), r.documentKind(), r.error(), r.skipped()));
        }
        return rows;
    }

    /** Ranked rows by score (ties in input order), then failures, then skipped entries. */
    private static List<SummaryRow> ranked(List<SummaryRow> rows) {
        List<SummaryRow> out = new ArrayList<>(rows.stream().filter(SummaryRow::ranked)
                .sorted(Comparator.comparing((SummaryRow r) -> -r.score())).toList());
        rows.stream().filter(r -> r.error() != null).forEach(out::add);
        rows.stream().filter(r -> r.skipped() != null).forEach(out::add);
        return out;
    }

    private static Counts counts(List<SummaryRow> rows) {
        int analysed = 0;
        int failed = 0;
        int skipped = 0;
        int sameCv = 0;
        for (SummaryRow r : rows) {
            analysed += r.ranked() ? 1 : 0;
            failed += r.error() != null ? 1 : 0;
            skipped += r.skipped() != null ? 1 : 0;
            sameCv += r.sameCv().size();
        }
        return new Counts(analysed, failed, skipped, sameCv);
    }

    /** Checks, before any work, that the output folder can be written and holds none of the names used. */
    private void prepareOutDir(List<String> names) {
        Path dir = options.outDir;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new PmoCommand.OutputException("cannot use " + dir + " as the output folder: it is a file; "
                    + "give a folder for --out", null);
        }
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
        List<Path> targets = new ArrayList<>(List.of(dir.resolve("summary.csv"), dir.resolve("summary.json")));
        for (String name : names) {
            Path target = dir.resolve(name + ".json");
            targets.add(target);
            if (options.reports) {
                targets.add(reportFor(target));
            }
        }
        if (!options.force) {
            for (Path t : targets) {
                if (Files.exists(t)) {
                    throw new PmoCommand.OutputException(SafeText.fileName(t.toString()) + " already exists: pass --force "
                            + "to overwrite, or choose another --out folder", null);
                }
            }
        }
    }

    private static Path reportFor(Path json) {
        return json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".gap.pdf"));
    }

    /** What a file that is not a CV (an advert, a README, this tool's own report) looks like in the JSON array. */
    record FileSkipped(String file, String documentKind, String skipped) {
    }

    /** A file holding the same CV as another, which was analysed instead, in the JSON array. */
    record SameCvSkipped(String file, String documentKind, String skipped, String sameCvAs) {
    }

    /** What a failed file looks like in the JSON array. */
    record FileError(String file, String error, int exitCode) {
    }

    /**
     * {@code summary.json}: the rows of {@code summary.csv} with the score's parts in full, ranked.
     *
     * @param schemaVersion version of this shape, 1
     * @param role          the role the CVs were analysed for
     * @param tool          the tool's version
     * @param counts        how many rows of each kind
     * @param rows          ranked CVs by score (ties in input order), then failures, then skipped entries
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SummaryJson(int schemaVersion, CvAnalysis.RoleRef role, String tool, Counts counts, List<SummaryRow> rows) {
    }

    /**
     * @param analysed CVs ranked
     * @param failed   files that could not be analysed
     * @param skipped  entries skipped (not a CV, or not read)
     * @param sameCv   files folded into another file's row as the same CV
     */
    record Counts(int analysed, int failed, int skipped, int sameCv) {
    }

    private static void summary(PrintWriter out, List<SummaryRow> rows, Role role, boolean markdown) {
        List<SummaryRow> ranked = rows.stream().filter(SummaryRow::ranked)
                .sorted(Comparator.comparing((SummaryRow r) -> -r.score())).toList();
        List<SummaryRow> failed = rows.stream().filter(r -> r.error() != null).toList();
        List<SummaryRow> notCv = rows.stream().filter(r -> r.skipped() != null
                && !BatchInputs.UNREADABLE.equals(r.documentKind()) && !CvAnalysis.CV.equals(r.documentKind())).toList();
        List<SummaryRow> unreadable = rows.stream().filter(r -> BatchInputs.UNREADABLE.equals(r.documentKind())).toList();
        List<SummaryRow> otherFormats = markdown ? List.of()
                : notCv.stream().filter(r -> BatchInputs.UNSUPPORTED.equals(r.documentKind())).toList();
        if (!markdown) {
            notCv = notCv.stream().filter(r -> !BatchInputs.UNSUPPORTED.equals(r.documentKind())).toList();
        }
        int sameCv = rows.stream().mapToInt(r -> r.sameCv().size()).sum();
        if (markdown) {
            out.println("# CV ranking for " + role.title() + "\n");
            out.println("| # | File | Name | Score | Top gaps |\n|---:|---|---|---:|---|");
            int rank = 1;
            for (SummaryRow r : ranked) {
                out.println("| " + rank++ + " | " + md(who(r, false)) + " | " + md(r.name() == null ? "" : r.name())
                        + " | " + r.score() + " | " + md(String.join(", ", r.topGaps())) + " |");
            }
            for (SummaryRow r : failed) {
                out.println("| – | " + md(r.file()) + " | | failed | " + md(r.error()) + " |");
            }
            for (SummaryRow r : notCv) {
                out.println("| – | " + md(r.file()) + " | | not a CV | " + md(r.skipped()) + " |");
            }
            for (SummaryRow r : unreadable) {
                out.println("| – | " + md(r.file()) + " | | not read | " + md(r.skipped()) + " |");
            }
            return;
        }
        out.println("CV ranking for " + role.title() + " (" + ranked.size() + " analysed, " + failed.size()
                + " failed" + (notCv.isEmpty() ? "" : ", " + notCv.size() + " not a CV") + ")");
        if (sameCv > 0) {
            out.print(Wrap.hanging("", sameCv == 1 ? "1 file held the same CV as another file and is listed beside it."
                    : sameCv + " files held the same CV as another file and are listed beside it.", 80));
        }
        if (!otherFormats.isEmpty() || !unreadable.isEmpty()) {
            List<String> also = new ArrayList<>();
            if (!otherFormats.isEmpty()) {
                also.add(otherFormats.size() == 1 ? "1 file in another format" : otherFormats.size() + " files in other formats");
            }
            if (!unreadable.isEmpty()) {
                also.add(unreadable.size() + " not read");
            }
            out.print(Wrap.hanging("", "Also skipped: " + String.join(", ", also) + ".", 80));
        }
        out.println();
        out.println("  #  Score  Candidate (file)");
        int rank = 1;
        for (SummaryRow r : ranked) {
            String name = r.name() == null ? "" : SafeText.fileName(r.name()) + " ";
            out.print(Wrap.hanging(String.format(Locale.ROOT, "%3d  %5d  ", rank++, r.score()),
                    name + "(" + who(r, true) + ")", 80));
            if (!r.topGaps().isEmpty()) {
                out.print(Wrap.hanging("            missing: ", String.join(", ", r.topGaps()), 80));
            }
        }
        if (!failed.isEmpty()) {
            out.println();
            out.println("Failed:");
            for (SummaryRow r : failed) {
                out.print(Wrap.hanging("  ! ", SafeText.fileName(r.error()), 80));
            }
        }
        if (!notCv.isEmpty()) {
            out.println();
            out.println("Skipped, not a CV:");
            for (SummaryRow r : notCv) {
                out.print(Wrap.hanging("  - ", SafeText.fileName(Path.of(r.file()).getFileName() + ": " + r.skipped()), 80));
            }
        }
        if (!otherFormats.isEmpty()) {
            out.println();
            out.print(Wrap.hanging("", "Skipped, in formats a batch does not read: " + byExtension(otherFormats) + ".", 80));
        }
        if (!unreadable.isEmpty()) {
            out.println();
            out.println("Skipped, not read:");
            for (SummaryRow r : unreadable) {
                out.print(Wrap.hanging("  - ", SafeText.fileName(r.file() + ": " + r.skipped()), 80));
            }
        }
    }

    /** "11 .fodt, 2 .py, 1 without an extension": the skipped files counted by extension, most first. */
    private static String byExtension(List<SummaryRow> rows) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (SummaryRow r : rows) {
            String name = Path.of(r.file()).getFileName().toString();
            int dot = name.lastIndexOf('.');
            counts.merge(dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "", 1, Integer::sum);
        }
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + (e.getKey().isEmpty() ? "without an extension" : SafeText.fileName(e.getKey())))
                .toList());
    }

    /** The file of a ranked row, with where its result went and the other files that were the same CV. */
    private static String who(SummaryRow r, boolean shortNames) {
        StringBuilder b = new StringBuilder(shortName(r.file(), shortNames));
        if (r.output() != null) {
            b.append(" → ").append(r.output());
        }
        if (!r.sameCv().isEmpty()) {
            b.append("; same CV: ");
            b.append(String.join(", ", r.sameCv().stream().map(f -> shortName(f, shortNames)).toList()));
        }
        return SafeText.fileName(b.toString());
    }

    private static String shortName(String file, boolean shortNames) {
        return shortNames ? Path.of(file).getFileName().toString() : file;
    }

    private static String md(String s) {
        return SafeText.fileName(s).replace("|", "\\|").replace("<", "&lt;").replace("`", "\\`");
    }
}
