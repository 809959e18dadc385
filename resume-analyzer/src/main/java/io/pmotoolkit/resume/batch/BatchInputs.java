package io.pmotoolkit.resume.batch;

import io.pmotoolkit.resume.read.DocumentFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entries of a batch: the files and folders given, expanded into the files to analyse and the entries
 * left out with the reason (a format a batch does not read, this tool's own CSV or JSON output, a folder
 * that cannot be read). Documents in a readable format that turn out not to be CVs (adverts, READMEs, this
 * tool's PDF reports) are found later, by {@code DocumentKind}, from their content and metadata.
 *
 * {@snippet :
 * BatchInputs inputs = BatchInputs.collect(List.of(Path.of("cvs")));
 * inputs.files();    // to analyse, in order
 * inputs.skipped();  // listed in the summary with the reason
 * }
 *
 * <p>An immutable value; thread-safe.
 *
 * @param entries every entry in order: each file as given, and each folder's entries sorted by path
 */
public record BatchInputs(List<Entry> entries) {

    /** The file extensions read from folders: each {@link DocumentFormat}'s usual one. */
    public static final Set<String> EXTENSIONS = Set.copyOf(DocumentFormat.usualExtensions());

    /** The {@code documentKind} of a file in a format a batch does not read. */
    public static final String UNSUPPORTED = "unsupported-format";
    /** The {@code documentKind} of a folder or file that cannot be listed or opened. */
    public static final String UNREADABLE = "unreadable";
    /** The {@code documentKind} of this tool's own outputs ({@code DocumentKind.OWN_OUTPUT}'s id). */
    public static final String OWN_OUTPUT = "pmo-toolkit-output";

    /** How much of a CSV or JSON file is read to see whether this tool wrote it. */
    private static final int SNIFF_BYTES = 1 << 20;

    /**
     * One entry of a batch.
     *
     * @param file   the file or folder
     * @param kind   null for a file to analyse; otherwise why it is left out: {@link #UNSUPPORTED},
     *               {@link #UNREADABLE} or {@link #OWN_OUTPUT}
     * @param reason for an entry left out, the reason for people; null otherwise
     */
    public record Entry(Path file, String kind, String reason) {
        public boolean analysed() {
            return kind == null;
        }
    }

    public BatchInputs {
        entries = List.copyOf(entries);
    }

    /** The files to analyse, in order. */
    public List<Path> files() {
        return entries.stream().filter(Entry::analysed).map(Entry::file).toList();
    }

    /** The entries left out before reading, in order. */
    public List<Entry> skipped() {
        return entries.stream().filter(e -> !e.analysed()).toList();
    }

    /**
     * Expands the inputs: a file is kept as given (a missing one fails when it is read); a folder is walked
     * recursively, hidden files and folders ignored, symbolic links not followed.
     *
     * @throws IOException only when a folder given cannot be walked at all for a reason other than access
     */
    public static BatchInputs collect(List<Path> inputs) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                out.addAll(walk(p));
            } else {
                out.add(new Entry(p, null, null));
            }
        }
        return new BatchInputs(out);
    }

    private static List<Entry> walk(Path root) throws IOException {
        List<Entry> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file)) {
                    found.add(entryFor(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!isHidden(file)) {
                    found.add(unreadable(file, e));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    found.add(unreadable(dir, e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Entry::file));
        return found;
    }

    private static Entry unreadable(Path p, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName()
                + (e.getMessage() == null || e.getMessage().equals(p.toString()) ? "" : ": " + e.getMessage());
        return new Entry(p, UNREADABLE, "cannot be read (" + why + "): check its permissions");
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Entry entryFor(Path file) {
        String ext = extension(file);
        if (EXTENSIONS.contains(ext)) {
            return new Entry(file, null, null);
        }
        if (ext.equals("csv") || ext.equals("json")) {
            String made = madeByThisTool(file, ext);
            if (made != null) {
                return new Entry(file, OWN_OUTPUT, made + " made by PMO Toolkit, not a CV");
            }
        }
        return new Entry(file, UNSUPPORTED, "not a format a batch reads"
                + (ext.isEmpty() ? "" : " (." + ext + ")") + ": give " + DocumentFormat.listed("or") + " files");
    }

    /** "this is a batch summary" or "this is an analysis" when the file's first bytes say this tool wrote it. */
    private static String madeByThisTool(Path file, String ext) {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        if (ext.equals("csv")) {
            return head.startsWith(SummaryCsv.FIRST_COLUMNS) ? "this is a batch summary" : null;
        }
        String start = head.stripLeading();
        return (start.startsWith("{") || start.startsWith("["))
                && (head.contains("\"skillsModel\"") || head.contains("\"questionBank\"")
                        || head.contains("\"schemaVersion\"") && head.contains("\"sameCv\""))
                ? "this is an analysis (JSON)" : null;
    }

    static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
