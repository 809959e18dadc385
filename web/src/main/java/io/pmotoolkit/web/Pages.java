package io.pmotoolkit.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.pmotoolkit.app.AppException;
import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.ExitCode;
import io.pmotoolkit.app.Failure;
import io.pmotoolkit.app.InputLimitException;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.app.render.JsonOutput;
import io.pmotoolkit.app.render.QuestionPackMarkdown;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.report.GapReport;
import io.pmotoolkit.report.pack.QuestionPackPdf;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.report.GapAdvice;
import io.pmotoolkit.web.view.Views;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The routes: the Analyse page, the results, the downloads, practice, the Compare page ({@link ComparePage}), the
 * static files, and the error pages.
 * Each handler reads its inputs, calls the toolkit and renders; no analysis happens here.
 */
final class Pages {

    /** The seed of the question pack: the CLI's default, so the web app and {@code pmo questions} agree. */
    static final long SEED = 1;

    private final Toolkit toolkit;
    private final Templates templates;
    private final Limits limits;
    private final Practice practice;
    private final ComparePage compare;

    Pages(Toolkit toolkit, Templates templates, Limits limits) {
        this.toolkit = toolkit;
        this.templates = templates;
        this.limits = limits;
        this.practice = new Practice(toolkit, templates);
        this.compare = new ComparePage(toolkit, templates, limits);
    }

    void register(JavalinConfig config, Guard guard) {
        config.jetty.modifyServletContextHandler(h -> h.setMaxFormContentSize((int) limits.maxRequestBytes()));
        config.routes.before(ctx -> {
            Guard.headers(ctx);
            guard.checkRequest(ctx, ctx.req().getLocalPort());
        });
        config.routes.get("/", this::analysePage);
        config.routes.post("/analyse", ctx -> guard.bounded(ctx, this::results));
        config.routes.post("/download/{kind}", ctx -> guard.bounded(ctx, this::download));
        config.routes.get("/practise", ctx -> guard.bounded(ctx, practice::startForRole));
        config.routes.post("/practise", ctx -> guard.bounded(ctx, c -> {
            Guard.checkToken(c);
            practice.post(c);
        }));
        config.routes.get("/compare", compare::form);
        config.routes.post("/compare", ctx -> guard.bounded(ctx, compare::post));
        config.routes.post("/compare/download/{kind}", ctx -> guard.bounded(ctx, compare::download));
        config.routes.get("/static/{file}", Pages::staticFile);
        config.routes.exception(Exception.class, this::failure);
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !"text/html".equals(baseType(ctx.contentType()))) {
                error(ctx, HttpStatus.NOT_FOUND, "Page not found", "there is no page at " + ctx.path()
                        + ": start from the Analyse page");
            }
        });
        config.routes.error(405, ctx -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "Not allowed",
                ctx.method() + " is not allowed at " + ctx.path() + ": start from the Analyse page"));
    }

    private static String baseType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip();
    }

    private void analysePage(Context ctx) {
        var roles = toolkit.model().roles().stream().map(Views.RoleOption::of).toList();
        html(ctx, "analyse", new Views.Analyse(Guard.token(ctx), roles, megabytes(limits.fileBytes())));
    }

    private void results(Context ctx) throws IOException {
        Guard.checkToken(ctx);
        Inputs in = Inputs.fromUpload(ctx);
        CvRun run = toolkit.start(in.role(), in.advert());
        CvRun.Analysed read = run.analyzeRead(in.cv());
        ctx.header("Cache-Control", "no-store");
        html(ctx, "results", ResultsView.of(Guard.token(ctx), read, in.carry()));
    }

    private void download(Context ctx) throws IOException {
        Guard.checkToken(ctx);
        Kind kind = Kind.of(ctx.pathParam("kind"));
        Inputs in = Inputs.fromCarry(ctx);
        CvRun run = toolkit.start(in.role(), in.advert());
        CvAnalysis analysis = run.analyze(in.cv());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        String role = run.target().id();
        switch (kind) {
            case REPORT -> new GapReport(toolkit.model(), GapAdvice.builtIn(), toolkit.clock())
                    .render(CvRun.requireCv(analysis, "gap report"), out);
            case PACK_PDF -> new QuestionPackPdf(toolkit.clock()).render(pack(run, analysis), out);
            case PACK_MD -> out.writeBytes(QuestionPackMarkdown.render(pack(run, analysis))
                    .getBytes(StandardCharsets.UTF_8));
            case JSON -> out.writeBytes(JsonOutput.write(analysis).getBytes(StandardCharsets.UTF_8));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"" + kind.fileName(in.cv().name(), role) + "\"");
        ctx.contentType(kind.contentType);
        ctx.result(out.toByteArray());
    }

    private QuestionPack pack(CvRun run, CvAnalysis analysis) {
        return toolkit.pack(run, CvRun.requireCv(analysis, "question pack"), PackBuilder.DEFAULT_COUNT,
                PackBuilder.MIN_COUNT, SEED);
    }

    /** The downloads, each with its file name and type. */
    enum Kind {
        REPORT("report", "gap.pdf", "application/pdf"),
        PACK_PDF("pack-pdf", "questions.pdf", "application/pdf"),
        PACK_MD("pack-md", "questions.md", "text/markdown; charset=utf-8"),
        JSON("json", "json", "application/json; charset=utf-8");

        final String path;
        final String suffix;
        final String contentType;

        Kind(String path, String suffix, String contentType) {
            this.path = path;
            this.suffix = suffix;
            this.contentType = contentType;
        }

        static Kind of(String path) {
            for (Kind k : values()) {
                if (k.path.equals(path)) {
                    return k;
                }
            }
            throw new Guard.Refused(HttpStatus.NOT_FOUND, "there is no download called " + path);
        }

        /** {@code amelia-hart.pmo-manager.gap.pdf}: the CLI's names, in ASCII letters, digits, dots and dashes. */
        String fileName(String cv, String role) {
            return stem(cv) + "." + role + "." + suffix;
        }

        /** The file name without its extension, in ASCII letters, digits, dots and dashes ({@code cv} if none). */
        static String stem(String cv) {
            int dot = cv.lastIndexOf('.');
            String stem = dot > 0 ? cv.substring(0, dot) : cv;
            String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
            return safe.isEmpty() ? "cv" : safe;
        }
    }

    private static void staticFile(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = file.endsWith(".css") ? "text/css; charset=utf-8"
                : file.endsWith(".js") ? "text/javascript; charset=utf-8" : null;
        InputStream in = type == null || !file.matches("[a-z0-9-]+\\.(css|js)") ? null
                : Pages.class.getResourceAsStream("static/" + file);
        if (in == null) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        try (in) {
            ctx.contentType(type);
            ctx.header("Cache-Control", "max-age=3600");
            ctx.result(in.readAllBytes());
        }
    }

    /** Every failure: the CLI's one line, on an error page with the status that fits. */
    private void failure(Exception e, Context ctx) {
        if (e instanceof Guard.Refused r) {
            if (r.status() == HttpStatus.SERVICE_UNAVAILABLE || r.status() == HttpStatus.TOO_MANY_REQUESTS) {
                ctx.header("Retry-After", "5");
            }
            error(ctx, r.status(), title(r.status()), r.getMessage());
            return;
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof Guard.BodyTooLarge || cause instanceof ContentTooLargeResponse || isTooLargeBody(cause)) {
            // The connection is closed after the answer: the rest of the body is not read.
            ctx.header("Connection", "close");
            error(ctx, HttpStatus.CONTENT_TOO_LARGE, "Too large", toolkit.sizeLimit().tooLarge("the upload"));
            return;
        }
        if (isBadMessage(cause)) {
            error(ctx, HttpStatus.BAD_REQUEST, title(HttpStatus.BAD_REQUEST), "the upload could not be read as a "
                    + "form (it was cut short or damaged on the way): send it again from the Analyse page");
            return;
        }
        if (cause instanceof HttpResponseException h) {
            HttpStatus status = HttpStatus.forStatus(h.getStatus());
            error(ctx, status, title(status), h.getMessage());
            return;
        }
        Failure f = Failure.of(cause);
        HttpStatus status = switch (f.exitCode()) {
            case USAGE -> HttpStatus.BAD_REQUEST;
            case BAD_INPUT -> tooLarge(cause) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        error(ctx, status, f.exitCode() == ExitCode.INTERNAL ? "Something went wrong" : title(status), f.message());
    }

    /** Over a size, page or content limit: 413, as for a body over the request limit. */
    private static boolean tooLarge(Throwable e) {
        return e instanceof CvReadException c && c.reason() == CvReadException.Reason.TOO_LARGE
                || e instanceof InputLimitException
                || e instanceof AppException a && a.getMessage().contains(" is larger than the limit of ");
    }

    /** Jetty's refusal of a body over the request limit, before any page reads it. */
    private static boolean isTooLargeBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof IllegalStateException && (m.contains("exceeds") || m.contains("too large"))
                    || t.getClass().getSimpleName().equals("BadMessageException") && m.contains("413")) {
                return true;
            }
        }
        return false;
    }

    /** Jetty's refusal of a body it cannot parse as a form. */
    private static boolean isBadMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    private static String title(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "Check the form";
            case 403 -> "Refused";
            case 404 -> "Page not found";
            case 413 -> "Too large";
            case 422 -> "Could not read the file";
            case 429 -> "Too many at once";
            case 503 -> "Busy";
            default -> "Something went wrong";
        };
    }

    private void error(Context ctx, HttpStatus status, String title, String message) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        html(ctx, "error", new Views.Error(status.getCode(), title, message));
    }

    private void html(Context ctx, String template, Object page) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(templates.render(template, page));
    }

    /** The size limit as the page states it. */
    static String megabytes(long bytes) {
        double mb = bytes / 1048576.0;
        return (mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
    }
}
