package io.pmotoolkit.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.pmotoolkit.app.AppException;
import io.pmotoolkit.app.Upload;
import io.pmotoolkit.web.view.Views.Carry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The inputs of one analysis, as posted: the CV, the role, and the advert as a file or pasted text. Read from the
 * Analyse form's uploads, or from the hidden fields a results page re-posts ({@link #carry()}). In memory only.
 *
 * @param cv        the CV
 * @param role      the role id, or null to take the advert's
 * @param jobAd     the advert file, or null
 * @param jobAdText the pasted advert, or null
 */
record Inputs(Upload cv, String role, Upload jobAd, String jobAdText) {

    /** The name the pasted advert is read under (its extension says plain text). */
    static final String PASTED = "pasted-advert.txt";

    /** The Analyse form: the file fields {@code cv} and {@code jobAd}, and {@code role} and {@code jobAdText}. */
    static Inputs fromUpload(Context ctx) throws IOException {
        return fromUpload(ctx, "cv", "choose your CV file (.docx, .pdf, .txt or .md) first");
    }

    /** As {@link #fromUpload(Context)}, with the CV in the file field {@code cvField}. */
    static Inputs fromUpload(Context ctx, String cvField, String missing) throws IOException {
        Upload cv = requiredFile(ctx, cvField, missing);
        UploadedFile adFile = ctx.uploadedFile("jobAd");
        Upload ad = adFile == null || adFile.filename() == null || adFile.filename().isBlank() ? null
                : new Upload(safeName(adFile.filename()), bytes(adFile));
        return of(cv, ctx.formParam("role"), ad, ctx.formParam("jobAdText"));
    }

    /** The file posted in {@code field}; a usage error saying {@code missing} without one. */
    static Upload requiredFile(Context ctx, String field, String missing) throws IOException {
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            throw AppException.usage(missing);
        }
        return new Upload(safeName(file.filename()), bytes(file));
    }

    /** The hidden fields of a download or practice form ({@link #carry()}). */
    static Inputs fromCarry(Context ctx) {
        return of(carried(ctx, "cvName", "cvData"), ctx.formParam("role"), carriedAdvert(ctx),
                ctx.formParam("jobAdText"));
    }

    /** A file re-posted as a hidden name and base64 data; a usage error when the form lacks them. */
    static Upload carried(Context ctx, String nameField, String dataField) {
        String cv = ctx.formParam(dataField);
        String name = ctx.formParam(nameField);
        if (cv == null || name == null) {
            throw AppException.usage("the form carries no CV: start again from the page you came from");
        }
        return new Upload(safeName(name), decode(cv));
    }

    private static Upload carriedAdvert(Context ctx) {
        String adName = ctx.formParam("jobAdName");
        String ad = ctx.formParam("jobAdData");
        return adName == null || adName.isEmpty() || ad == null ? null : new Upload(safeName(adName), decode(ad));
    }

    private static Inputs of(Upload cv, String role, Upload ad, String text) {
        String r = role == null || role.isBlank() ? null : role.strip();
        String t = text == null || text.isBlank() ? null : text;
        if (ad != null && t != null) {
            throw AppException.usage("give the job advert as a file or as pasted text, not both");
        }
        return new Inputs(cv, r, ad, t);
    }

    /** The advert to read: the file, or the pasted text as a plain-text file; null without one. */
    Upload advert() {
        if (jobAd != null) {
            return jobAd;
        }
        return jobAdText == null ? null : new Upload(PASTED, jobAdText.getBytes(StandardCharsets.UTF_8));
    }

    /** The hidden fields that let a later form re-post these inputs. */
    Carry carry() {
        Base64.Encoder b64 = Base64.getEncoder();
        return new Carry(cv.name(), b64.encodeToString(cv.bytes()), role == null ? "" : role,
                jobAd == null ? "" : jobAd.name(), jobAd == null ? "" : b64.encodeToString(jobAd.bytes()),
                jobAdText == null ? "" : jobAdText);
    }

    private static byte[] bytes(UploadedFile f) throws IOException {
        try (InputStream in = f.content()) {
            return in.readAllBytes();
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw AppException.usage("the form's CV data is damaged: start again from the Analyse page");
        }
    }

    /**
     * The base name of an uploaded file: a browser may send a whole path (old Internet Explorer) and a client
     * anything; control characters and path parts are dropped, the length bounded.
     */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && c != '"').forEach(b::appendCodePoint);
        String s = b.toString().strip();
        if (s.length() > 120) {
            s = s.substring(0, 120);
        }
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "upload" : s;
    }
}
