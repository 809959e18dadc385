package io.pmotoolkit.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pmotoolkit.app.CompareRun;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.app.Upload;
import io.pmotoolkit.app.render.CompareMarkdown;
import io.pmotoolkit.app.render.JsonOutput;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.web.view.CompareView;
import io.pmotoolkit.web.view.Views;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Compare page: two versions of a CV measured against one role (and advert), and what changed between them,
 * as {@code pmo compare} reports it. The form posts both versions; the comparison page's downloads re-post them as
 * hidden fields, so nothing is kept between requests. No analysis happens here: {@link CompareRun} does it.
 */
final class ComparePage {

    /** The form's other fields and the multipart headers, generously. */
    private static final long FORM_BYTES = 64 * 1024;

    private final Toolkit toolkit;
    private final Templates templates;
    private final Limits limits;

    ComparePage(Toolkit toolkit, Templates templates, Limits limits) {
        this.toolkit = toolkit;
        this.templates = templates;
        this.limits = limits;
    }

    /** {@code GET /compare}: the form. */
    void form(Context ctx) {
        var roles = toolkit.model().roles().stream().map(Views.RoleOption::of).toList();
        html(ctx, "compare", new Views.Analyse(Guard.token(ctx), roles, Pages.megabytes(limits.fileBytes())));
    }

    /** {@code POST /compare}: the comparison page. */
    void post(Context ctx) throws IOException {
        Guard.checkToken(ctx);
        Inputs old = Inputs.fromUpload(ctx, "oldCv", "choose the earlier version of your CV first");
        Upload newCv = Inputs.requiredFile(ctx, "newCv", "choose the later version of your CV first");
        CvComparison c = CompareRun.compare(toolkit, old.role(), old.advert(), old.cv(), newCv);
        ctx.header("Cache-Control", "no-store");
        html(ctx, "comparison", new CompareView(Guard.token(ctx), c, old.carry(), newCv.name(),
                Base64.getEncoder().encodeToString(newCv.bytes()), fitsOneRequest(old, newCv)));
    }

    /**
     * Whether the download forms, which re-post both versions and the advert in base64, stay within the request
     * limit (sized for one CV and an advert): two versions near the size limit do not.
     */
    private boolean fitsOneRequest(Inputs old, Upload newCv) {
        long files = old.cv().bytes().length + newCv.bytes().length
                + (old.jobAd() == null ? 0 : old.jobAd().bytes().length);
        long text = old.jobAdText() == null ? 0 : old.jobAdText().getBytes(StandardCharsets.UTF_8).length;
        return (files + 2) / 3 * 4 + text + FORM_BYTES <= limits.maxRequestBytes();
    }

    /** {@code POST /compare/download/{kind}}: the comparison as Markdown ({@code md}) or JSON ({@code json}). */
    void download(Context ctx) throws IOException {
        Guard.checkToken(ctx);
        String kind = ctx.pathParam("kind");
        if (!kind.equals("md") && !kind.equals("json")) {
            throw new Guard.Refused(HttpStatus.NOT_FOUND, "there is no comparison download called " + kind);
        }
        Inputs old = Inputs.fromCarry(ctx);
        Upload newCv = Inputs.carried(ctx, "newCvName", "newCvData");
        CvComparison c = CompareRun.compare(toolkit, old.role(), old.advert(), old.cv(), newCv);
        boolean md = kind.equals("md");
        String body = md ? CompareMarkdown.render(c) : JsonOutput.write(c);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\""
                + Pages.Kind.stem(newCv.name()) + "." + c.role().id() + ".compare." + kind + "\"");
        ctx.contentType(md ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8");
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    private void html(Context ctx, String template, Object page) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(templates.render(template, page));
    }
}
