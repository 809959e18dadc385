package io.pmotoolkit.web;

import io.pmotoolkit.app.Toolkit;

/**
 * What one request may cost: the body size (a CV and an advert, each within the toolkit's size limit, and a pasted
 * advert), how many analyses run at once, and one client's share of them.
 *
 * @param fileBytes        the size limit of one file, the CLI's {@code --max-size}
 * @param maxRequestBytes  the largest request body accepted
 * @param concurrent       analyses run at once: one per core
 * @param queued           requests that may wait for one; beyond, 503 with Retry-After
 * @param waitMillis       how long a queued request waits before it too gets 503
 * @param clientRunning    analyses one client (one browser: its cookie) runs at once: half the cores, at least
 *                         one; its next request waits for its own turn, so a client flooding uploads cannot
 *                         hold every core
 * @param clientInFlight   requests one client may have running or waiting; beyond, 429 with Retry-After at
 *                         once, so a flood does not fill the queue either
 */
record Limits(long fileBytes, long maxRequestBytes, int concurrent, int queued, long waitMillis, int clientRunning,
              int clientInFlight) {

    Limits {
        if (concurrent < 1 || clientRunning < 1 || clientInFlight < clientRunning) {
            throw new IllegalArgumentException("limits: at least one analysis at once, and one per client");
        }
    }

    /** The pasted advert's share of a request, and the form fields'. */
    private static final long TEXT_BYTES = 1024 * 1024;

    static Limits of(Toolkit toolkit) {
        long file = toolkit.sizeLimit().bytes();
        int cores = Runtime.getRuntime().availableProcessors();
        // Base64 in the download forms makes a re-posted CV 4/3 as long.
        long request = Math.min(Integer.MAX_VALUE - 1L, 2 * (file * 4 / 3 + 4) + TEXT_BYTES);
        int concurrent = Math.max(1, cores);
        int perClient = Math.max(1, concurrent / 2);
        return new Limits(file, request, concurrent, Math.max(4, 4 * cores), 10_000, perClient, perClient + 1);
    }
}
