package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A seeded mutation fuzz test: the sample CVs of {@code samples/} truncated, with bytes flipped, garbage
 * inserted, ZIP entries of DOCX files deleted, duplicated, shuffled or damaged inside, and very long lines
 * added to text. Every case must end in a {@link CvAnalysis} or a {@link CvReadException} with a one-line
 * message, within {@link #PER_CASE} and without running out of memory; a {@code CvReadException} caused by
 * a runtime exception thrown in our own code is a bug hidden as "damaged", and fails too.
 *
 * <p>Reproduce one case with {@code -Dpmo.fuzz.seed=S -Dpmo.fuzz.case=N} (printed on failure); run more
 * with {@code -Dpmo.fuzz.cases=5000}.
 */
class MutationFuzzTest {

    private static final long SEED = Long.getLong("pmo.fuzz.seed", 20261123L);
    private static final int CASES = Integer.getInteger("pmo.fuzz.cases", 300);
    private static final Integer ONLY = Integer.getInteger("pmo.fuzz.case");
    private static final Duration PER_CASE = Duration.ofSeconds(10);

    private static final Path SAMPLES = Path.of(System.getProperty("pmo.samples.dir", "../samples"));
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    private static final Role ROLE = ANALYZER.model().expectRole("pmo-analyst");
    private static final CvReader READER = new CvReader();

    private static final Map<String, AtomicInteger> OUTCOMES = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final long START = System.nanoTime();

    private record Sample(String name, byte[] bytes) {
        boolean zip() {
            return name.endsWith(".docx");
        }
    }

    private record Case(int index, String sample, String mutation, byte[] bytes) {
        String reproduce() {
            return "case " + index + " (" + sample + ", " + mutation + "); reproduce with -Dpmo.fuzz.seed=" + SEED
                    + " -Dpmo.fuzz.case=" + index;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMutationEndsInAResultOrACleanError() throws IOException {
        List<Sample> samples = samples();
        IntStream indexes = ONLY != null ? IntStream.of(ONLY) : IntStream.range(0, CASES);
        return indexes.mapToObj(i -> {
            Case c = mutate(i, samples);
            return DynamicTest.dynamicTest(c.index() + " " + c.sample() + " " + c.mutation(), () -> run(c));
        });
    }

    @AfterAll
    static void summary() {
        System.out.printf("MutationFuzzTest: seed %d, %d cases in %.1f s: %s%n", SEED, ONLY != null ? 1 : CASES,
                (System.nanoTime() - START) / 1e9, OUTCOMES);
    }

    private static void run(Case c) {
        try {
            assertTimeoutPreemptively(PER_CASE, () -> analyse(c), () -> "timed out after " + PER_CASE.toSeconds()
                    + " s: " + c.reproduce());
        } catch (OutOfMemoryError e) {
            fail("out of memory: " + c.reproduce(), e);
        }
    }

    private static void analyse(Case c) {
        try {
            CvDocument doc = READER.read(c.sample(), c.bytes());
            CvAnalysis analysis = ANALYZER.analyze(doc, ROLE);
            assertNotNull(analysis, c.reproduce());
            count("analysed");
        } catch (CvReadException e) {
            assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"),
                    "message not one line: '" + e.getMessage() + "': " + c.reproduce());
            Throwable ours = ourBug(e.getCause());
            if (ours != null) {
                fail("our code failed and it was reported as " + e.reason() + ": " + c.reproduce() + "\n" + trace(ours), ours);
            }
            count(e.reason().name());
        } catch (Throwable e) {
            if (e instanceof org.opentest4j.AssertionFailedError a) {
                throw a;
            }
            fail(e.getClass().getName() + " escaped: " + c.reproduce() + "\n" + trace(e), e);
        }
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    /** A runtime exception or error in the cause chain whose first frame outside the JDK is in our code. */
    private static Throwable ourBug(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RuntimeException || t instanceof Error) {
                for (StackTraceElement f : t.getStackTrace()) {
                    String cls = f.getClassName();
                    if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
                        continue;
                    }
                    if (cls.startsWith("io.pmotoolkit.")) {
                        return t;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** The stack without the thousand regex frames of a stack overflow (raise -XX:MaxJavaStackTraceDepth to see its root). */
    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String line : w.toString().split("\n")) {
            String frame = line.replaceAll("\\(.*", "");
            if (!frame.equals(previous) || !line.contains("java.util.regex")) {
                out.append(line).append('\n');
            }
            previous = line.contains("java.util.regex") ? frame : "";
        }
        return out.toString();
    }

    private static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.(pdf|docx|txt|md)")).sorted().toList()) {
                out.add(new Sample(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no sample CVs in " + SAMPLES.toAbsolutePath());
        }
        return out;
    }

    // --- mutations -------------------------------------------------------------------------------------

    private static Case mutate(int index, List<Sample> samples) {
        Random r = new Random(SEED * 1_000_003L + index);
        Sample s = samples.get(r.nextInt(samples.size()));
        byte[] b = s.bytes();
        int kinds = s.zip() ? 11 : 6;
        int kind = r.nextInt(kinds);
        try {
            return switch (kind) {
                case 0 -> {
                    int at = r.nextInt(b.length);
                    yield new Case(index, s.name(), "truncate at " + at, java.util.Arrays.copyOf(b, at));
                }
                case 1 -> {
                    int n = 1 + r.nextInt(r.nextBoolean() ? 4 : 64);
                    byte[] m = b.clone();
                    for (int i = 0; i < n; i++) {
                        m[r.nextInt(m.length)] ^= (byte) (1 + r.nextInt(255));
                    }
                    yield new Case(index, s.name(), "flip " + n + " bytes", m);
                }
                case 2 -> {
                    int at = r.nextInt(b.length + 1);
                    byte[] junk = new byte[1 + r.nextInt(4096)];
                    r.nextBytes(junk);
                    yield new Case(index, s.name(), "insert " + junk.length + " garbage bytes at " + at, insert(b, at, junk));
                }
                case 3 -> {
                    int from = r.nextInt(b.length);
                    int len = Math.min(b.length - from, 1 + r.nextInt(2048));
                    byte[] m = b.clone();
                    System.arraycopy(randomBytes(r, len), 0, m, from, len);
                    yield new Case(index, s.name(), "overwrite " + len + " bytes at " + from, m);
                }
                case 4 -> {
                    int from = r.nextInt(b.length);
                    int len = Math.min(b.length - from, 1 + r.nextInt(4096));
                    byte[] m = new byte[b.length - len];
                    System.arraycopy(b, 0, m, 0, from);
                    System.arraycopy(b, from + len, m, from, b.length - from - len);
                    yield new Case(index, s.name(), "delete " + len + " bytes at " + from, m);
                }
                case 5 -> s.zip() ? zipMutation(index, s, r, 5) : longLine(index, s, r);
                default -> zipMutation(index, s, r, kind);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case longLine(int index, Sample s, Random r) {
        String[] runs = {"x", "PMO ", "1", ".", "-", "2019 - ", "£", "a,", " "};
        String run = runs[r.nextInt(runs.length)];
        int n = 10_000 + r.nextInt(40_000);
        byte[] line = (run.repeat(n / run.length()) + "\n").getBytes(StandardCharsets.UTF_8);
        int at = text(s.bytes()).indexOf('\n', r.nextInt(s.bytes().length));
        at = at < 0 ? s.bytes().length : at + 1;
        return new Case(index, s.name(), "insert a " + line.length + "-char line of '" + run.strip() + "' at " + at,
                insert(s.bytes(), at, line));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** Mutations of a DOCX's ZIP structure and of the XML inside, so that they get past the ZIP checksums. */
    private static Case zipMutation(int index, Sample s, Random r, int kind) throws IOException {
        List<Map.Entry<String, byte[]>> entries = unzip(s.bytes());
        int victim = r.nextInt(entries.size());
        String name = entries.get(victim).getKey();
        String what;
        switch (kind) {
            case 5 -> {
                entries.remove(victim);
                what = "delete entry " + name;
            }
            case 6 -> {
                Collections.shuffle(entries, r);
                what = "shuffle entries";
            }
            case 7 -> {
                entries.add(r.nextInt(entries.size() + 1), Map.entry(name + "\u0000dup", entries.get(victim).getValue()));
                what = "duplicate entry " + name;
            }
            case 8 -> {
                byte[] data = entries.get(victim).getValue().clone();
                int n = 1 + r.nextInt(16);
                for (int i = 0; i < n && data.length > 0; i++) {
                    data[r.nextInt(data.length)] = (byte) "<>/\"'&=: ;x0\u00e9".charAt(r.nextInt(13));
                }
                entries.set(victim, Map.entry(name, data));
                what = "damage " + n + " bytes inside " + name;
            }
            case 9 -> {
                byte[] data = entries.get(victim).getValue();
                entries.set(victim, Map.entry(name, java.util.Arrays.copyOf(data, data.length == 0 ? 0 : r.nextInt(data.length))));
                what = "truncate inside " + name;
            }
            default -> {
                // swap the contents of two parts: valid XML in the wrong place
                int other = r.nextInt(entries.size());
                byte[] a = entries.get(victim).getValue();
                entries.set(victim, Map.entry(name, entries.get(other).getValue()));
                entries.set(other, Map.entry(entries.get(other).getKey(), a));
                what = "swap contents of " + name + " and " + entries.get(other).getKey();
            }
        }
        return new Case(index, s.name(), what, zip(entries));
    }

    private static List<Map.Entry<String, byte[]>> unzip(byte[] b) throws IOException {
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(Map.entry(e.getName(), in.readAllBytes()));
            }
        }
        return out;
    }

    /**
     * Writes the entries as a ZIP. {@link ZipOutputStream} refuses two entries of one name, so a duplicate is
     * written as {@code name\0dup} and renamed in place afterwards: names are not covered by the checksums.
     */
    private static byte[] zip(List<Map.Entry<String, byte[]>> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> dups = new ArrayList<>();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries) {
                String n = e.getKey();
                if (n.endsWith("\u0000dup")) {
                    String base = n.substring(0, n.length() - 4);
                    n = base.substring(0, base.length() - 1) + "\u0001";
                    dups.add(base);
                }
                out.putNextEntry(new ZipEntry(n));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        byte[] b = bytes.toByteArray();
        for (String base : dups) {
            byte[] from = (base.substring(0, base.length() - 1) + "\u0001").getBytes(StandardCharsets.UTF_8);
            byte[] to = base.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + from.length <= b.length; i++) {
                if (java.util.Arrays.equals(b, i, i + from.length, from, 0, from.length)) {
                    System.arraycopy(to, 0, b, i, to.length);
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] m = new byte[b.length + what.length];
        System.arraycopy(b, 0, m, 0, at);
        System.arraycopy(what, 0, m, at, what.length);
        System.arraycopy(b, at, m, at + what.length, b.length - at);
        return m;
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }
}
