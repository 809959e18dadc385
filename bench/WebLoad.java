import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark of the web app (bench/web.sh starts the server and runs this): concurrent clients on
 * loopback, each a browser-like session (GET / for the form's CSRF token and cookie, then POST /analyse with a
 * multipart upload of the CV and a role, as the Analyse form sends it), bounded in count and in time.
 *
 * <pre>java bench/WebLoad.java URL PID CV ROLE FLOOD_DIR [clients] [requests] [flood-clients]</pre>
 *
 * Phases: a warm-up (reported apart), the measured requests in two halves with the server's memory taken at
 * the start, between the halves and at the end (heap after a forced GC through jcmd, and RSS), then a flood
 * phase in which other clients send oversized and broken uploads while the same good requests go on, and one more
 * in which the flooding threads are one browser (one cookie, as many connections); the good ones' latency is
 * printed for each flood phase alone. Only the JDK: java.net.http, no library.
 */
public final class WebLoad {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"csrf\"[^>]*value=\"([^\"]*)\"|<input[^>]*value=\"([^\"]*)\"[^>]*name=\"csrf\"");
    /** A heap space's line of jcmd GC.heap_info ("DefNew total 116160K, used 90816K", " garbage-first heap total ..."). */
    private static final Pattern USED = Pattern.compile("^ ?(\\S.*?)\\s+total .*?used (\\d+)K");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** No phase runs longer than this, whatever the counts. */
    private static final long PHASE_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final URI base;
    private final long pid;
    private final byte[] cv;
    private final String cvName;
    private final String role;
    private final Path floodDir;

    private WebLoad(URI base, long pid, Path cv, String role, Path floodDir) throws IOException {
        this.base = base;
        this.pid = pid;
        this.cv = Files.readAllBytes(cv);
        this.cvName = cv.getFileName().toString();
        this.role = role;
        this.floodDir = floodDir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--free-port")) {
            try (var socket = new java.net.ServerSocket(0)) {
                System.out.println(socket.getLocalPort());
            }
            return;
        }
        if (args.length < 5) {
            System.err.println("usage: java bench/WebLoad.java URL PID CV ROLE FLOOD_DIR [clients] [requests] [flood-clients]");
            System.exit(2);
        }
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        int requests = args.length > 6 ? Integer.parseInt(args[6]) : 1000;
        int floodClients = args.length > 7 ? Integer.parseInt(args[7]) : 4;
        if (clients < 1 || clients > 64 || requests < 2 || requests > 100_000 || floodClients < 0 || floodClients > 32) {
            throw new IllegalArgumentException("clients 1-64, requests 2-100000, flood clients 0-32");
        }
        new WebLoad(URI.create(args[0]), Long.parseLong(args[1]), Path.of(args[2]), args[3], Path.of(args[4]))
                .run(clients, requests, floodClients);
    }

    private void run(int clients, int requests, int floodClients) throws Exception {
        System.out.printf("web app load: %s, %d clients, %d requests of POST /analyse (%s, %d bytes, role %s)%n",
                base, clients, requests, cvName, cv.length, role);
        System.out.println();
        Phase warm = phase("warm-up", clients, Math.max(clients * 5, 40), 0, false);
        warm.print();
        Memory start = memory("start");
        Phase first = phase("first half", clients, requests / 2, 0, false);
        Memory middle = memory("middle");
        Phase second = phase("second half", clients, requests - requests / 2, 0, false);
        Memory end = memory("end");
        Phase all = first.plus(second, "all " + requests);
        System.out.println();
        first.print();
        second.print();
        all.print();
        System.out.println();
        System.out.println(Memory.HEADER);
        start.print();
        middle.print();
        end.print();
        if (floodClients > 0) {
            System.out.println();
            Phase flood = phase("during flood", clients, Math.max(requests / 5, clients), floodClients, false);
            flood.print();
            flood.printFlood();
            memory("after flood").print();
            // One browser (one cookie) flooding over as many connections: its share of the server is bounded.
            System.out.println();
            Phase one = phase("one flooder", clients, Math.max(requests / 5, clients), floodClients, true);
            one.print();
            one.printFlood();
            memory("after it").print();
        }
    }

    /**
     * Sends {@code count} good requests from {@code clients} threads, with {@code flooders} bad-upload threads:
     * each its own client, or with {@code oneClient} all one browser's (one cookie and token, so many connections).
     */
    private Phase phase(String name, int clients, int count, int flooders, boolean oneClient) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> floodStatus = new ConcurrentHashMap<>();
        AtomicLong floodBytes = new AtomicLong();
        AtomicInteger retried = new AtomicInteger();
        long deadline = System.nanoTime() + PHASE_LIMIT_NANOS;
        long cpuBefore = cpuMillis();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch flooding = new CountDownLatch(flooders);
        Session shared = oneClient ? new Session() : null;
        for (int c = 0; c < flooders; c++) {
            int seed = c;
            Session s = shared != null ? shared : new Session();
            threads.add(Thread.ofPlatform().name("flood-" + c)
                    .start(() -> flood(s, seed, done, deadline, floodStatus, floodBytes, flooding)));
        }
        flooding.await(30, TimeUnit.SECONDS); // every flooder has its first bad upload on the way before the good clients start
        long began = System.nanoTime();
        List<Thread> good = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            good.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                Session s = new Session();
                while (next.getAndIncrement() < count && System.nanoTime() < deadline) {
                    try {
                        long t0 = System.nanoTime();
                        String outcome = s.analyse(cv, cvName, role);
                        long t = System.nanoTime() - t0;
                        if (outcome == null) {
                            latencies.add(t);
                        } else {
                            failures.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                retried.addAndGet(s.retries);
            }));
        }
        for (Thread t : good) {
            t.join();
        }
        long wall = System.nanoTime() - began;
        done.set(true);
        for (Thread t : threads) {
            t.join();
        }
        return new Phase(name, new ArrayList<>(latencies), wall, cpuMillis() - cpuBefore, failures, retried.get(),
                floodStatus, floodBytes.get());
    }

    /** One flooding client: oversized uploads and broken files, round-robin, until the good clients finish. */
    private void flood(Session s, int seed, AtomicBoolean done, long deadline, Map<String, AtomicInteger> status,
                       AtomicLong bytes, CountDownLatch started) {
        List<Path> broken;
        try (var files = Files.list(floodDir)) {
            broken = files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("flood folder " + floodDir + ": " + e.getMessage(), e);
        }
        Random random = new Random(seed);
        // Over the 20 MB default limit, and random bytes under a CV's name.
        byte[] oversized = new byte[21 * 1024 * 1024];
        random.nextBytes(oversized);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        int i = seed;
        boolean first = true;
        while ((first || !done.get()) && System.nanoTime() < deadline) {
            byte[] body;
            String name;
            int kind = i % (broken.size() + 2);
            if (kind == 0) {
                body = oversized;
                name = "huge.pdf";
            } else if (kind == 1) {
                body = noise;
                name = "noise.docx";
            } else {
                Path f = broken.get(kind - 2);
                try {
                    body = Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                name = f.getFileName().toString();
            }
            i++;
            if (first) {
                started.countDown();
                first = false;
            }
            String key;
            try {
                key = s.floodOnce(body, name, role);
            } catch (IOException | InterruptedException e) {
                key = e.getClass().getSimpleName();
            }
            status.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            bytes.addAndGet(body.length);
        }
    }

    /** A browser-like session: its own cookies and CSRF token, HTTP/1.1 keep-alive. */
    private final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private volatile String csrf;

        /** How many times a good request was answered 503 and sent again after Retry-After. */
        int retries;

        /**
         * Null when the results page came back, otherwise what went wrong. A 503 is waited out as a browser user
         * would: after its Retry-After (at most 10 s), up to 3 times; the latency measured includes the waits.
         */
        String analyse(byte[] file, String name, String roleId) throws IOException, InterruptedException {
            HttpResponse<String> r = post(file, name, roleId, HttpResponse.BodyHandlers.ofString());
            for (int attempt = 0; attempt < 3 && (r.statusCode() == 403 || r.statusCode() == 503); attempt++) {
                if (r.statusCode() == 403) { // a token that expired: fetch the form again, as a browser would
                    csrf = null;
                } else {
                    retries++;
                    long seconds = r.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.min(10, Math.max(0, seconds)) * 1000);
                }
                r = post(file, name, roleId, HttpResponse.BodyHandlers.ofString());
            }
            if (r.statusCode() != 200) {
                return "status " + r.statusCode();
            }
            if (!r.body().contains("id=\"score\"")) {
                return "200 without #score";
            }
            return null;
        }

        /** The status of one bad upload ("413", "400", ...), the body read and thrown away. */
        String floodOnce(byte[] file, String name, String roleId) throws IOException, InterruptedException {
            HttpResponse<Void> r = post(file, name, roleId, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 403) {
                csrf = null;
            }
            return "status " + r.statusCode();
        }

        private <T> HttpResponse<T> post(byte[] file, String name, String roleId, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            if (csrf == null) {
                HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("/"))
                        .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = CSRF.matcher(form.body());
                if (form.statusCode() != 200 || !m.find()) {
                    throw new IOException("GET / gave " + form.statusCode() + " without a csrf field");
                }
                csrf = m.group(1) != null ? m.group(1) : m.group(2);
            }
            String boundary = "----pmoload" + Long.toHexString(System.nanoTime());
            Multipart body = new Multipart(boundary)
                    .field("csrf", csrf)
                    .file("cv", name, file)
                    .field("role", roleId)
                    .file("jobAd", "", new byte[0])
                    .field("jobAdText", "");
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/analyse"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Origin", base.getScheme() + "://" + base.getAuthority())
                    .header("Referer", base.resolve("/").toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(body.parts()))
                    .build();
            return http.send(request, handler);
        }
    }

    /** A multipart/form-data body as a browser writes it. */
    private static final class Multipart {
        private final String boundary;
        private final List<byte[]> parts = new ArrayList<>();

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String filename, byte[] content) {
            text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            parts.add(content);
            text("\r\n");
            return this;
        }

        List<byte[]> parts() {
            List<byte[]> all = new ArrayList<>(parts);
            all.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return all;
        }

        private void text(String s) {
            parts.add(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The good requests of one phase. */
    private record Phase(String name, List<Long> nanos, long wallNanos, long serverCpuMillis,
                         Map<String, AtomicInteger> failures, int retried, Map<String, AtomicInteger> flood,
                         long floodBytes) {

        Phase plus(Phase other, String label) {
            List<Long> both = new ArrayList<>(nanos);
            both.addAll(other.nanos);
            Map<String, AtomicInteger> f = new TreeMap<>(failures);
            other.failures.forEach((k, v) -> f.merge(k, v, (a, b) -> new AtomicInteger(a.get() + b.get())));
            return new Phase(label, both, wallNanos + other.wallNanos, serverCpuMillis + other.serverCpuMillis, f,
                    retried + other.retried, Map.of(), 0);
        }

        void print() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
            double seconds = wallNanos / 1e9;
            System.out.printf("%-14s %5d ok %4d failed  %6.1f req/s  p50 %6.0f ms  p95 %6.0f ms  p99 %6.0f ms  max %6.0f ms"
                            + "  server CPU %5.0f ms/req%n",
                    name, sorted.length, failed, sorted.length / seconds, ms(pct(sorted, 50)), ms(pct(sorted, 95)),
                    ms(pct(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                    sorted.length + failed == 0 ? 0.0 : (double) serverCpuMillis / (sorted.length + failed));
            failures.forEach((k, v) -> System.out.printf("%-14s failed: %s x%d%n", "", k, v.get()));
            if (retried > 0) {
                System.out.printf("%-14s %5d times a good request got 503 and was sent again after Retry-After%n", "",
                        retried);
            }
        }

        void printFlood() {
            int n = flood.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("%-14s %5d bad uploads (%.0f MB) answered: %s%n", "flood", n, floodBytes / 1e6,
                    new TreeMap<>(flood));
        }

        private static long pct(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** The server's memory at one moment: heap in use after a full GC, committed heap, and RSS. */
    private record Memory(String when, long heapAfterGcKb, long rssKb) {
        static final String HEADER = String.format("%-14s %16s %12s", "server memory", "heap after GC", "RSS");

        void print() {
            System.out.printf("%-14s %13.1f MB %9.1f MB%n", when, heapAfterGcKb / 1024.0, rssKb / 1024.0);
        }
    }

    private Memory memory(String when) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        exec(jcmd, String.valueOf(pid), "GC.run");
        long used = 0;
        for (String line : exec(jcmd, String.valueOf(pid), "GC.heap_info")) {
            Matcher m = USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(2));
            }
        }
        long rss = 0;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new Memory(when, used, rss);
    }

    /** User and system CPU of the server process so far, in milliseconds (Linux /proc, 100 ticks a second). */
    private long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static List<String> exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = Arrays.asList(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .split("\n"));
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + String.join("\n", lines));
        }
        return Collections.unmodifiableList(lines);
    }
}
