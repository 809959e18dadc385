package io.pmotoolkit.resume.batch;

import io.pmotoolkit.core.budget.BudgetExceededException;
import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Analyses many CVs on several threads and hands the outcomes back in input order, whatever the thread
 * timing, holding only a small window of finished results in memory (so a folder of thousands of CVs
 * streams through).
 *
 * <p>One bad file never stops the others: it becomes an {@link Outcome} with an error. Each file gets its own
 * time budget ({@link WorkBudget}), counted from when a worker <em>starts</em> it (never from when it was
 * queued), so the reading and matching stop themselves past the deadline. As a safety net, a worker still busy
 * a grace period after its file's deadline is abandoned: it is interrupted, its file is reported as timed out,
 * and a fresh worker takes over the queue, so one hostile file never holds up the batch. An
 * {@link OutOfMemoryError} or {@link StackOverflowError} on one file is that file's error; the batch goes on.
 *
 * {@snippet :
 * List<Path> files = BatchInputs.collect(List.of(Path.of("cvs"))).files();
 * new BatchAnalyzer(analyzer, reader, 2, Duration.ofSeconds(15))
 *         .run(files, role, null, outcome -> System.out.println(outcome.file()));
 * }
 *
 * <p>Not thread-safe itself: call {@link #run} from one thread; it uses its own (daemon) workers. An abandoned
 * worker that ignores both its budget and the interrupt keeps running until it ends by itself or the JVM exits.
 */
public final class BatchAnalyzer {

    /** The file extensions read from folders. */
    public static final Set<String> EXTENSIONS = BatchInputs.EXTENSIONS;

    /** How often the calling thread looks for workers past their deadline while it waits. */
    private static final long WATCH_MILLIS = 50;

    /** Reads one file into a document; {@link CvReader#read(Path)} in production, a stand-in in tests. */
    @FunctionalInterface
    public interface DocumentSource {
        CvDocument read(Path file) throws IOException;
    }

    private final ResumeAnalyzer analyzer;
    private final DocumentSource source;
    private final int threads;
    private final Duration timeLimit;
    private final Duration grace;

    /** A batch with the default grace period (a fifth of the limit, from 1 to 5 s). */
    public BatchAnalyzer(ResumeAnalyzer analyzer, CvReader reader, int threads, Duration timeLimit) {
        this(analyzer, reader::read, threads, timeLimit, defaultGrace(timeLimit));
    }

    /**
     * @param analyzer  the analyzer, shared by the workers (it is thread-safe)
     * @param source    reads each file
     * @param threads   workers, at least 1
     * @param timeLimit the budget of one file, from when a worker starts it; positive
     * @param grace     how long past the deadline a worker may take to stop before it is abandoned
     */
    public BatchAnalyzer(ResumeAnalyzer analyzer, DocumentSource source, int threads, Duration timeLimit,
                         Duration grace) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, not " + timeLimit);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative, not " + grace);
        }
        this.analyzer = analyzer;
        this.source = source;
        this.threads = threads;
        this.timeLimit = timeLimit;
        this.grace = grace;
    }

    static Duration defaultGrace(Duration limit) {
        long ms = Math.clamp(limit.toMillis() / 5, 1000, 5000);
        return Duration.ofMillis(ms);
    }

    /**
     * The outcome for one file.
     *
     * @param index      position in the input list
     * @param file       the file
     * @param analysis   the analysis, or null when the file failed
     * @param error      the one-line reason it failed, or null
     * @param timedOut   whether it failed by running out of time
     * @param textDigest a digest of the extracted text (case and spacing folded), to find the same CV in two
     *                   files; null when the file failed
     */
    public record Outcome(int index, Path file, CvAnalysis analysis, String error, boolean timedOut,
                          String textDigest) {

        public Outcome(int index, Path file, CvAnalysis analysis, String error, boolean timedOut) {
            this(index, file, analysis, error, timedOut, null);
        }

        public boolean ok() {
            return analysis != null;
        }
    }

    /**
     * The files to analyse: each file as given, and every file with a CV format's usual extension
     * ({@link BatchInputs#EXTENSIONS}) under each folder (recursively, hidden files and folders skipped),
     * folders' files sorted by path.
     *
     * @see BatchInputs#collect(List) for the files left out, with the reason
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return BatchInputs.collect(inputs).files();
    }

    /** Analyses the files, calling {@code sink} once per file, in input order, on the calling thread. */
    public void run(List<Path> files, Role role, JobAd ad, Consumer<Outcome> sink) {
        Pool pool = new Pool(role, ad);
        Warmup.run(files, source, analyzer, role, ad, timeLimit);
        try {
            for (int i = 0; i < threads; i++) {
                pool.startWorker();
            }
            Deque<Task> window = new ArrayDeque<>();
            int windowSize = threads * 2;
            int next = 0;
            for (int emitted = 0; emitted < files.size(); emitted++) {
                while (next < files.size() && window.size() < windowSize) {
                    Task t = new Task(next, files.get(next));
                    next++;
                    window.addLast(t);
                    pool.queue.add(t);
                }
                Task head = window.removeFirst();
                sink.accept(pool.await(head, window));
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One file in the window: queued, then started by a worker, then done (or abandoned). */
    private static final class Task {
        final int index;
        final Path file;
        final CompletableFuture<Outcome> result = new CompletableFuture<>();
        volatile long startedNanos;
        volatile Worker worker;

        Task(int index, Path file) {
            this.index = index;
            this.file = file;
        }

        boolean started() {
            return worker != null;
        }
    }

    /** The workers and their queue; only the calling thread abandons and replaces workers. */
    private final class Pool {
        final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
        final Deque<Worker> workers = new ArrayDeque<>();
        final Role role;
        final JobAd ad;
        int started;

        Pool(Role role, JobAd ad) {
            this.role = role;
            this.ad = ad;
        }

        void startWorker() {
            Worker w = new Worker(this);
            Thread t = new Thread(w, "pmo-batch-" + ++started);
            t.setDaemon(true);
            w.thread = t;
            workers.add(w);
            t.start();
        }

        /** Waits for {@code head}, abandoning any worker in the window that is past its deadline and grace. */
        Outcome await(Task head, Deque<Task> rest) {
            while (true) {
                try {
                    return head.result.get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    abandonOverdue(head);
                    for (Task t : rest) {
                        abandonOverdue(t);
                    }
                } catch (ExecutionException e) {
                    // Workers complete normally with an error outcome; this is a bug in this class.
                    return failure(head, "could not be analysed (" + e.getCause() + ")", false);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    abandon(head, "was not analysed: the batch was interrupted");
                    return head.result.join();
                }
            }
        }

        private void abandonOverdue(Task t) {
            if (!t.started() || t.result.isDone()) {
                return;
            }
            long overdue = System.nanoTime() - t.startedNanos - timeLimit.toNanos() - grace.toNanos();
            if (overdue > 0) {
                abandon(t, "took longer than " + seconds(timeLimit) + " s and did not stop, so it was abandoned: "
                        + "check the file, or raise the limit with --timeout");
            }
        }

        /** Reports {@code t} as failed; when that beats the worker, the worker is interrupted and replaced. */
        private void abandon(Task t, String why) {
            if (t.result.complete(failure(t, why, true))) {
                Worker w = t.worker;
                if (w != null) {
                    workers.remove(w);
                    w.thread.interrupt();
                    startWorker();
                }
            }
        }

        void shutdown() {
            for (Worker w : workers) {
                w.stopped = true;
                w.thread.interrupt();
            }
            workers.clear();
        }
    }

    /** Takes files from the queue until stopped, or until its current file was abandoned. */
    private final class Worker implements Runnable {
        final Pool pool;
        Thread thread;
        volatile boolean stopped;

        Worker(Pool pool) {
            this.pool = pool;
        }

        @Override
        public void run() {
            while (!stopped) {
                Task t;
                try {
                    t = pool.queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                t.startedNanos = System.nanoTime();
                t.worker = this;
                if (!t.result.complete(analyse(t, pool.role, pool.ad))) {
                    return;  // abandoned: a replacement worker has taken over the queue
                }
                Thread.interrupted();  // an interrupt meant for the finished file must not reach the next one
            }
        }
    }

    private Outcome analyse(Task t, Role role, JobAd ad) {
        try (WorkBudget.Scope scope = WorkBudget.start(timeLimit, "--timeout")) {
            CvDocument doc = source.read(t.file);
            CvAnalysis analysis = analyzer.analyze(doc, role, ad);
            return new Outcome(t.index, t.file, analysis, null, false, TextDigest.of(doc));
        } catch (BudgetExceededException e) {
            return failure(t, e.getMessage(), "time".equals(e.limit()));
        } catch (CvReadException e) {
            return new Outcome(t.index, t.file, null, e.getMessage(), false);
        } catch (IOException e) {
            return failure(t, "could not be read (" + e.getMessage() + ")", false);
        } catch (OutOfMemoryError e) {
            return failure(t, "needed more memory than one file may have and was stopped: check the file, or "
                    + "analyse it alone", false);
        } catch (StackOverflowError e) {
            return failure(t, "is nested too deeply to read (stack overflow) and was stopped: check the file", false);
        } catch (RuntimeException | Error e) {
            return failure(t, "could not be analysed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", false);
        }
    }

    private static Outcome failure(Task t, String why, boolean timedOut) {
        return new Outcome(t.index, t.file, null, t.file.getFileName() + " " + why, timedOut);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
