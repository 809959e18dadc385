package io.pmotoolkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.app.Toolkit;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One client flooding the server does not starve the others: its requests beyond its share get 429 with
 * {@code Retry-After} at once, and another browser is served meanwhile.
 */
class FairnessTest {

    /**
     * Two analyses at once, one of them per client, and one more of the client's waiting. The waiting upload may
     * wait a minute for its turn: with the production ten seconds, a machine loaded enough to slow the polling
     * below could see it time out (503, share given back) before the third request is made.
     */
    private static final Limits LIMITS = new Limits(2L << 20, 8L << 20, 2, 8, 60_000, 1, 2);

    @Test
    void aFloodingBrowserGets429WhileAnotherIsServed() throws Exception {
        Toolkit toolkit = Toolkit.builder().version("test").maxSizeMb(2).build();
        try (WebServer server = WebServer.start(toolkit, "127.0.0.1", 0, LIMITS)) {
            Browser flooder = new Browser(server.uri());
            flooder.get("/");
            List<Socket> stalled = new ArrayList<>();
            try {
                // Two uploads that stop half way: one runs (reading its body), the other waits for its turn.
                for (int i = 0; i < 2; i++) {
                    stalled.add(stalledUpload(server.port(), flooder.token()));
                }
                HttpResponse<String> refused = null;
                for (int i = 0; i < 200 && refused == null; i++) {
                    HttpResponse<String> r = get(server, "/practise?role=pmo-analyst", flooder.token());
                    if (r.statusCode() == 429) {
                        refused = r;
                    } else {
                        Thread.sleep(50);   // the stalled uploads are not in yet
                    }
                }
                assertTrue(refused != null, "the flooding browser's third request is refused");
                assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "with a Retry-After");
                assertTrue(refused.body().contains("Too many at once"), refused.body());
                assertTrue(refused.body().contains("this browser already has 2 analyses running or waiting"),
                        refused.body());

                // Another browser is served while the flooder holds its share.
                Browser other = new Browser(server.uri());
                other.get("/");
                long start = System.nanoTime();
                HttpResponse<String> served = get(server, "/practise?role=pmo-analyst", other.token());
                assertEquals(200, served.statusCode(), served.body());
                assertTrue(System.nanoTime() - start < 8_000_000_000L, "without waiting for the flood");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            // Its stalled uploads gone, the flooder is served again: its share was given back.
            int status = 0;
            for (int i = 0; i < 200 && status != 200; i++) {
                status = get(server, "/practise?role=pmo-analyst", flooder.token()).statusCode();
                if (status != 200) {
                    Thread.sleep(50);
                }
            }
            assertEquals(200, status, "the share came back");
        }
    }

    /** A POST of the Analyse form whose body stops after its first part: the server waits for the rest. */
    private static Socket stalledUpload(int port, String token) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        String part = "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n--b\r\n";
        String head = "POST /analyse HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: http://127.0.0.1:" + port
                + "\r\nCookie: " + Guard.COOKIE + "=" + token + "\r\nContent-Type: multipart/form-data; boundary=b"
                + "\r\nContent-Length: 100000\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write((head + part).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static HttpResponse<String> get(WebServer server, String path, String token)
            throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Cookie", Guard.COOKIE + "=" + token).GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(r, HttpResponse.BodyHandlers.ofString());
        }
    }
}
