package io.pmotoolkit.resume.batch;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Analyses many CVs on several threads and hands the outcomes back in input order, whatever the thread
 * timing, holding only a small window of finished results in memory (so a folder of thousands of CVs
 * streams through).
 *
 * <p>One bad file never stops the others: it becomes an {@link Outcome} with an error. A file that takes
 * longer than the time limit is abandoned with an error.
 *
 * {@snippet :
 * List<Path> files = BatchAnalyzer.expand(List.of(Path.of("cvs")));
 * new BatchAnalyzer(analyzer, reader, 2, Duration.ofSeconds(60))
 *         .run(files, role, null, outcome -> System.out.println(outcome.file()));
 * }
 *
 * <p>Not thread-safe itself: call {@link #run} from one thread; it uses its own workers.
 */
public final class BatchAnalyzer {

    /** The file extensions read from folders. */
    public static final Set<String> EXTENSIONS = Set.of("docx", "pdf", "txt", "md");

    private final ResumeAnalyzer analyzer;
    private final CvReader reader;
    private final int threads;
    private final Duration timeLimit;

    public BatchAnalyzer(ResumeAnalyzer analyzer, CvReader reader, int threads, Duration timeLimit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.analyzer = analyzer;
        this.reader = reader;
        this.threads = threads;
        this.timeLimit = timeLimit;
    }

    /**
     * The outcome for one file.
     *
     * @param index    position in the input list
     * @param file     the file
     * @param analysis the analysis, or null when the file failed
     * @param error    the one-line reason it failed, or null
     * @param timedOut whether it failed by running out of time
     */
    public record Outcome(int index, Path file, CvAnalysis analysis, String error, boolean timedOut) {
        public boolean ok() {
            return analysis != null;
        }
    }

    /**
     * The files to analyse: each file as given, and every .docx, .pdf, .txt and .md file under each
     * folder (recursively, hidden files and folders skipped), folders' files sorted by path.
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .filter(f -> EXTENSIONS.contains(extension(f)))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Analyses the files, calling {@code sink} once per file, in input order, on the calling thread. */
    public void run(List<Path> files, Role role, JobAd ad, Consumer<Outcome> sink) {
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "pmo-batch");
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons);
        try {
            Deque<Future<CvAnalysis>> window = new ArrayDeque<>();
            int windowSize = threads * 2;
            int next = 0;
            for (int emitted = 0; emitted < files.size(); emitted++) {
                while (next < files.size() && window.size() < windowSize) {
                    Path file = files.get(next++);
                    window.addLast(pool.submit(() -> analyzer.analyze(reader.read(file), role, ad)));
                }
                sink.accept(await(emitted, files.get(emitted), window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome await(int index, Path file, Future<CvAnalysis> future) {
        try {
            return new Outcome(index, file, future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS), null, false);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(index, file, null, file.getFileName() + " took longer than " + timeLimit.toSeconds()
                    + " s and was skipped: check the file, or raise the limit with --timeout", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof CvReadException || cause instanceof IOException
                    ? cause.getMessage()
                    : file.getFileName() + " could not be analysed (" + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
            return new Outcome(index, file, null, message, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome(index, file, null, "interrupted", false);
        }
    }
}
