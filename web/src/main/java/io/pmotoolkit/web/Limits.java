package io.pmotoolkit.web;

import io.pmotoolkit.app.Toolkit;

/**
 * What one request may cost: the body size (a CV and an advert, each within the toolkit's size limit, and a pasted
 * advert) and how many analyses run at once.
 *
 * @param fileBytes        the size limit of one file, the CLI's {@code --max-size}
 * @param maxRequestBytes  the largest request body accepted
 * @param concurrent       analyses run at once: one per core
 * @param queued           requests that may wait for one; beyond, 503 with Retry-After
 * @param waitMillis       how long a queued request waits before it too gets 503
 */
record Limits(long fileBytes, long maxRequestBytes, int concurrent, int queued, long waitMillis) {

    /** The pasted advert's share of a request, and the form fields'. */
    private static final long TEXT_BYTES = 1024 * 1024;

    static Limits of(Toolkit toolkit) {
        long file = toolkit.sizeLimit().bytes();
        int cores = Runtime.getRuntime().availableProcessors();
        // Base64 in the download forms makes a re-posted CV 4/3 as long.
        long request = Math.min(Integer.MAX_VALUE - 1L, 2 * (file * 4 / 3 + 4) + TEXT_BYTES);
        return new Limits(file, request, Math.max(1, cores), Math.max(4, 4 * cores), 10_000);
    }
}
