package io.pmotoolkit.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every request passes before a page sees it, and what every response carries.
 *
 * <ul>
 *   <li>The {@code Host} header must name {@code localhost}, the bound name or an IP address, with the port the
 *       server listens on: a page on another site cannot reach the app through a DNS name rebound to 127.0.0.1.</li>
 *   <li>A POST the browser says comes from another site ({@code Sec-Fetch-Site}), or with an {@code Origin} (or,
 *       without one, a {@code Referer}) other than the app's own, is refused; so is one whose {@code csrf} field
 *       does not equal the {@code pmo-csrf} cookie (stateless double submit, compared in constant time). Both give
 *       403.</li>
 *   <li>Analyses run at most {@link Limits#concurrent()} at once; a few more requests wait, the rest get 503 with
 *       {@code Retry-After}. One client (one browser's cookie) runs at most {@link Limits#clientRunning()} of them
 *       and has at most {@link Limits#clientInFlight()} in the server; beyond, 429 with {@code Retry-After}.</li>
 *   <li>Every response: a strict {@code Content-Security-Policy} (no inline script or style, nothing from another
 *       origin), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}; pages made from an
 *       upload also {@code Cache-Control: no-store}.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
final class Guard {

    /** The policy of every response. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The cookie holding the token. */
    static final String COOKIE = "pmo-csrf";
    /** The form field holding the token. */
    static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String boundHost;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Limits limits;
    /** The clients with requests in the server, by {@link #client}. */
    private final Map<String, Share> clients = new ConcurrentHashMap<>();

    Guard(String boundHost, Limits limits) {
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
        this.limits = limits;
        this.running = new Semaphore(limits.concurrent(), true);
    }

    /** The headers of every response. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /**
     * Checks the Host header and, on a POST, the Origin or Referer.
     *
     * @throws Refused 403 when either is foreign, 400 without a Host
     */
    void checkRequest(Context ctx, int port) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "the request has no Host header");
        }
        if (!allowedHost(host.toLowerCase(Locale.ROOT), port)) {
            throw new Refused(HttpStatus.FORBIDDEN, "this app answers only at its own address (" + boundHost
                    + ":" + port + " or localhost:" + port + "), not at " + host);
        }
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        if (ctx.req().getContentLengthLong() > limits.maxRequestBytes()) {
            throw new BodyTooLarge();
        }
        String self = "http://" + host.toLowerCase(Locale.ROOT);
        // Sec-Fetch-Site is set by the browser itself, whatever the page's referrer policy.
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw foreign(site);
        }
        // Under Referrer-Policy: no-referrer a browser sends "Origin: null" even for the app's own forms: an
        // opaque origin is no origin, and the token and the SameSite=Strict cookie still decide.
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null")) {
            if (!origin.toLowerCase(Locale.ROOT).equals(self)) {
                throw foreign(origin);
            }
            return;
        }
        String referer = ctx.header("Referer");
        if (referer != null && !referer.toLowerCase(Locale.ROOT).startsWith(self + "/")) {
            throw foreign("another page");
        }
    }

    private static Refused foreign(String from) {
        return new Refused(HttpStatus.FORBIDDEN, "refused a form sent from another site (" + from + "): use the "
                + "app's own pages");
    }

    /**
     * Whether a Host header names this server: its port, and {@code localhost}, the bound name or an IP address
     * (a DNS-rebinding page reaches the server under a name of its own, never under an address).
     */
    private boolean allowedHost(String host, int port) {
        int colon = host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]") || !host.substring(colon + 1).equals(Integer.toString(port))) {
            return false;
        }
        String name = host.substring(0, colon);
        return name.equals("localhost") || name.equals(boundHost) || name.equals("[" + boundHost + "]")
                || IPV4.matcher(name).matches() || IPV6.matcher(name).matches();
    }

    /**
     * The request's token, or a new one set as the cookie: the value each form's hidden {@code csrf} field
     * carries.
     */
    static String token(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && TOKEN.matcher(token).matches()) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        return token;
    }

    /**
     * Checks the posted {@code csrf} field against the cookie (after the body is parsed).
     *
     * @throws Refused 403 when either is missing or they differ
     */
    static void checkToken(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(HttpStatus.FORBIDDEN, "the form has expired or did not come from this app: go back, "
                    + "reload the page and send it again");
        }
    }

    /**
     * Runs {@code work} within the bound on concurrent analyses and the client's share of it ({@link #client}).
     *
     * @throws Refused 503 when the queue is full or the wait too long; 429 when the client already has
     *                 {@link Limits#clientInFlight()} requests running or waiting
     */
    void bounded(Context ctx, Work work) throws Exception {
        bounded(client(ctx), ctx, work);
    }

    /** As {@link #bounded(Context, Work)}, for the client named {@code client}. */
    void bounded(String client, Context ctx, Work work) throws Exception {
        // The client's share first: a flooding client is told so (429) and never takes a place in the queue.
        Share share = enter(client);
        if (share == null) {
            throw tooMany();
        }
        if (waiting.incrementAndGet() > limits.queued() + limits.concurrent()) {
            waiting.decrementAndGet();
            leave(client);
            throw busy();
        }
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.waitMillis());
            // The client's own turn first, then a core: a client's second request never takes a core its first
            // still needs, and one client holds at most its share of the cores.
            if (!share.running.tryAcquire(limits.waitMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
            try {
                if (!running.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw busy();
                }
                try {
                    work.run(ctx);
                } finally {
                    running.release();
                }
            } finally {
                share.running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            leave(client);
            waiting.decrementAndGet();
        }
    }

    /**
     * Who sends a request, for its share: the browser's token cookie when it has a well-formed one, else its
     * address (every request without a cookie from one address is one client; such a POST is refused by
     * {@link #checkToken} anyway).
     */
    static String client(Context ctx) {
        if (ctx == null) {
            return "";
        }
        String token = ctx.cookie(COOKIE);
        return token != null && TOKEN.matcher(token).matches() ? "cookie:" + token : "address:" + ctx.ip();
    }

    /** The client's share with one more request in it, or null when it has its {@link Limits#clientInFlight()}. */
    private Share enter(String client) {
        Share[] entered = new Share[1];
        clients.compute(client, (k, s) -> {
            Share share = s == null ? new Share(limits.clientRunning()) : s;
            if (share.inFlight >= limits.clientInFlight()) {
                return s;
            }
            share.inFlight++;
            entered[0] = share;
            return share;
        });
        return entered[0];
    }

    /** One request of the client has left; the share is forgotten with its last, so the map stays small. */
    private void leave(String client) {
        clients.computeIfPresent(client, (k, s) -> --s.inFlight == 0 ? null : s);
    }

    /** How many clients have requests in the server: for the tests. */
    int clients() {
        return clients.size();
    }

    /** How many requests {@code client} has in the server: for the tests. */
    int inFlight(String client) {
        int[] n = new int[1];
        clients.computeIfPresent(client, (k, s) -> {
            n[0] = s.inFlight;
            return s;
        });
        return n[0];
    }

    private static Refused busy() {
        return new Refused(HttpStatus.SERVICE_UNAVAILABLE, "the app is busy with other analyses: try again in a "
                + "few seconds");
    }

    private Refused tooMany() {
        return new Refused(HttpStatus.TOO_MANY_REQUESTS, "this browser already has " + limits.clientInFlight()
                + (limits.clientInFlight() == 1 ? " analysis" : " analyses") + " running or waiting: wait for "
                + (limits.clientInFlight() == 1 ? "it" : "them") + " to finish, then send this again");
    }

    /** One client's requests in the server: how many, and its permits to run. Guarded by the map's compute. */
    private static final class Share {
        final Semaphore running;
        int inFlight;

        Share(int permits) {
            this.running = new Semaphore(permits, true);
        }
    }

    /** The work of one request. */
    @FunctionalInterface
    interface Work {
        /** Does it. */
        void run(Context ctx) throws Exception;
    }

    /** A body over {@link Limits#maxRequestBytes()}: refused from its Content-Length, before it is read. */
    static final class BodyTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A request refused before any page sees it: a status and one line. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }
}
