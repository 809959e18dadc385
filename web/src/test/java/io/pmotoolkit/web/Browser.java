package io.pmotoolkit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser for the HTTP tests: keeps the app's cookie, reads a form's hidden fields from a page, and
 * posts forms as multipart or URL-encoded bodies, with the Origin a browser sends.
 */
final class Browser {

    private static final Pattern COOKIE = Pattern.compile(Guard.COOKIE + "=([A-Za-z0-9_-]+)");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private String cookie;

    Browser(URI base) {
        this.base = base;
    }

    /** The token of the app's cookie, after a first page. */
    String token() {
        return cookie;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A multipart POST; values are String (a field) or {@link FilePart}. */
    HttpResponse<byte[]> postMultipart(String path, List<Map.Entry<String, Object>> fields, String origin)
            throws IOException, InterruptedException {
        return postMultipart(path, fields, origin, null);
    }

    /** As {@link #postMultipart(String, List, String)}, with the browser's {@code Sec-Fetch-Site}, or null. */
    HttpResponse<byte[]> postMultipart(String path, List<Map.Entry<String, Object>> fields, String origin,
                                       String fetchSite) throws IOException, InterruptedException {
        String boundary = "----pmo-test-boundary-7f3a";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> f : fields) {
            body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (f.getValue() instanceof FilePart p) {
                body.writeBytes(("Content-Disposition: form-data; name=\"" + f.getKey() + "\"; filename=\""
                        + p.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(p.bytes());
            } else {
                body.writeBytes(("Content-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue())
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder r = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                // As curl does for a body over a megabyte: the headers first, so a refusal from the Content-Length
                // arrives before the body is sent (otherwise the server's close can race the client's send).
                .expectContinue(body.size() > 1024 * 1024);
        if (origin != null) {
            r.header("Origin", origin);
        }
        if (fetchSite != null) {
            r.header("Sec-Fetch-Site", fetchSite);
        }
        return remember(client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** A URL-encoded POST, from this app's origin. */
    HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        HttpRequest r = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin()).POST(HttpRequest.BodyPublishers.ofString(b.toString())).build();
        return remember(client.send(r, HttpResponse.BodyHandlers.ofString()));
    }

    /** This app's origin, as a browser sends it. */
    String origin() {
        return "http://" + base.getHost() + ":" + base.getPort();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path));
        if (cookie != null) {
            r.header("Cookie", Guard.COOKIE + "=" + cookie);
        }
        return r;
    }

    private <T> HttpResponse<T> remember(HttpResponse<T> response) {
        for (String c : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(c);
            if (m.find()) {
                cookie = m.group(1);
            }
        }
        return response;
    }

    /** The hidden fields of the form that starts at {@code marker} in the page, in order. */
    static List<Map.Entry<String, String>> hiddenFields(String page, String marker) {
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("no " + marker + " in the page:\n" + page);
        }
        int start = page.lastIndexOf("<form", at);
        int end = page.indexOf("</form>", at);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        Matcher m = HIDDEN.matcher(page.substring(start, end));
        while (m.find()) {
            out.add(Map.entry(m.group(1), unescape(m.group(2))));
        }
        return out;
    }

    /** The hidden fields as a map (the last value of each name). */
    static Map<String, String> hiddenMap(String page, String marker) {
        Map<String, String> map = new LinkedHashMap<>();
        hiddenFields(page, marker).forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    static String unescape(String s) {
        return s.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    /** A file field. */
    record FilePart(String name, byte[] bytes) {
    }
}
