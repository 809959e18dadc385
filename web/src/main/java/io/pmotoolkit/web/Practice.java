package io.pmotoolkit.web;

import io.javalin.http.Context;
import io.pmotoolkit.app.AnswerFeedbackRun;
import io.pmotoolkit.app.AppException;
import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.LabelledSentence;
import io.pmotoolkit.interview.feedback.Part;
import io.pmotoolkit.interview.feedback.Retry;
import io.pmotoolkit.web.view.Views;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Practise page: the pack's questions one at a time, feedback on each answer, retry, next, and a summary. The
 * server keeps nothing: each page carries the role, the questions (id and text) and the scores so far in hidden
 * fields, and a bank question's feedback is looked up by its id, any other by its text. A retry carries the
 * answer before it in a hidden field, so that the feedback can say what changed.
 */
final class Practice {

    /** Questions in a session: the CLI's {@code pmo practice} default. */
    static final int COUNT = 5;

    private final Toolkit toolkit;
    private final Templates templates;

    Practice(Toolkit toolkit, Templates templates) {
        this.toolkit = toolkit;
        this.templates = templates;
    }

    /** {@code GET /practise?role=ROLE}: a session on the role's own questions, without a CV. */
    void startForRole(Context ctx) throws IOException {
        String roleId = ctx.queryParam("role");
        if (roleId == null || roleId.isBlank()) {
            throw AppException.usage("which role? Pick one of " + toolkit.roleIds() + " on the Analyse page");
        }
        Role role = toolkit.role(roleId.strip());
        CvRun run = toolkit.start(role);
        show(ctx, first(role, toolkit.pack(run, null, COUNT, 1, Pages.SEED)));
    }

    /** {@code POST /practise}: start from a results page, answer, retry or go on. */
    void post(Context ctx) throws IOException {
        String action = ctx.formParam("action");
        if ("start".equals(action)) {
            Inputs in = Inputs.fromCarry(ctx);
            CvRun run = toolkit.start(in.role(), in.advert());
            CvAnalysis analysis = CvRun.requireCv(run.analyze(in.cv()), "practice session");
            show(ctx, first(run.target(), toolkit.pack(run, analysis, COUNT, 1, Pages.SEED)));
            return;
        }
        Views.Practise state = state(ctx);
        switch (action == null ? "" : action) {
            case "answer" -> answer(ctx, state);
            case "retry" -> show(ctx, new Views.Practise(state.csrf(), state.roleId(), state.roleTitle(),
                    state.questions(), state.index(), ctx.formParam("answer"), null, state.scores()));
            case "next" -> show(ctx, new Views.Practise(state.csrf(), state.roleId(), state.roleTitle(),
                    state.questions(), state.index() + 1, "", null, state.scores()));
            default -> throw AppException.usage("the practice form has no action: start again from the Analyse "
                    + "page");
        }
    }

    private void answer(Context ctx, Views.Practise state) throws IOException {
        String answer = ctx.formParam("answer");
        Views.Asked q = state.question();
        boolean bank = toolkit.bank().find(q.id()).isPresent();
        AnswerFeedbackRun run = toolkit.feedbackOnText(answer == null ? "" : answer, bank ? q.id() : null,
                bank ? null : q.text(), state.roleId());
        List<Views.Sentence> sentences = new ArrayList<>();
        for (LabelledSentence s : run.feedback().sentences()) {
            sentences.add(new Views.Sentence(s.text(), s.parts().isEmpty() ? "none" : s.parts().get(0).id(),
                    s.parts().stream().map(Part::title).collect(Collectors.joining(", "))));
        }
        // A retry carries the attempt before (the answer the box was filled with): before → after, as the CLI shows.
        String previous = ctx.formParam("previous");
        List<String> changes = null;
        if (previous != null && !previous.isBlank()) {
            AnswerFeedbackRun before = toolkit.feedbackOnText(previous, bank ? q.id() : null, bank ? null : q.text(),
                    state.roleId());
            changes = Retry.changes(before.feedback(), run.feedback(), true);
        }
        List<String> scores = new ArrayList<>(state.scores());
        scores.set(state.index(), Integer.toString(run.feedback().score()));
        show(ctx, new Views.Practise(state.csrf(), state.roleId(), state.roleTitle(), state.questions(),
                state.index(), answer, new Views.Feedback(run.feedback(), sentences, changes), scores));
    }

    private Views.Practise first(Role role, QuestionPack pack) {
        List<Views.Asked> asked = new ArrayList<>();
        for (PackQuestion q : pack.questions().subList(0, Math.min(COUNT, pack.questions().size()))) {
            asked.add(new Views.Asked(q.id(), q.text(), q.competencyName() == null ? "" : q.competencyName()));
        }
        List<String> scores = new ArrayList<>();
        asked.forEach(a -> scores.add(""));
        return new Views.Practise(null, role.id(), role.title(), asked, 0, "", null, scores);
    }

    /** The session as the form carries it; a usage error when it is damaged. */
    private Views.Practise state(Context ctx) {
        Role role = toolkit.role(ctx.formParam("role"));
        List<String> ids = split(ctx.formParam("ids"));
        List<String> texts = ctx.formParams("q");
        List<String> competencies = ctx.formParams("qc");
        List<String> scores = new ArrayList<>(Arrays.asList(String.valueOf(ctx.formParam("scores")).split(",", -1)));
        int index;
        try {
            index = Integer.parseInt(String.valueOf(ctx.formParam("index")));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (ids.isEmpty() || ids.size() > PackBuilder.MAX_COUNT || texts.size() != ids.size()
                || competencies.size() != ids.size() || scores.size() != ids.size() || index < 0
                || index >= ids.size()) {
            throw AppException.usage("the practice form is damaged: start again from the Analyse page");
        }
        List<Views.Asked> asked = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String text = toolkit.bank().find(id).map(b -> b.text()).orElse(texts.get(i));
            asked.add(new Views.Asked(id, text, competencies.get(i)));
        }
        scores.replaceAll(s -> s.matches("\\d{1,3}") ? s : "");
        return new Views.Practise(null, role.id(), role.title(), asked, index, "", null, scores);
    }

    private static List<String> split(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(String::strip).toList();
    }

    private void show(Context ctx, Views.Practise page) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8");
        Views.Practise withToken = new Views.Practise(Guard.token(ctx), page.roleId(), page.roleTitle(),
                page.questions(), page.index(), page.answer() == null ? "" : page.answer(), page.feedback(),
                page.scores());
        ctx.result(templates.render("practise", withToken));
    }
}
