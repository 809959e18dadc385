package io.pmotoolkit.cli;

import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.cli.render.FeedbackText;
import io.pmotoolkit.cli.render.PracticeTranscript;
import io.pmotoolkit.cli.render.PracticeTranscript.Attempt;
import io.pmotoolkit.cli.render.PracticeTranscript.Entry;
import io.pmotoolkit.cli.render.Terminal;
import io.pmotoolkit.cli.render.Wrap;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import io.pmotoolkit.interview.feedback.AnswerContext;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.interview.feedback.Retry;
import io.pmotoolkit.interview.feedback.Durations;
import io.pmotoolkit.interview.feedback.Part;
import io.pmotoolkit.interview.feedback.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One practice session: asks each question, reads a multi-line answer (an empty line or the end of input ends
 * it), shows the feedback, offers one follow-up, and at the end prints a summary and writes the transcript.
 *
 * <p>{@code skip} and {@code quit} typed alone as an answer move on and stop. Ctrl-C runs a shutdown hook that
 * prints the summary so far and writes the transcript. Not thread-safe apart from that hook: the session state
 * is guarded so that the hook sees whole answers only.
 */
final class PracticeSession {

    private static final Pattern MEASURE = Pattern.compile("(?i)measur|figure|number|how do you know|how did you know"
            + "|evidence|confirm");

    private enum Kind { TEXT, SKIP, QUIT, END, RETRY }

    private record Reply(Kind kind, String text) {
    }

    private final QuestionPack pack;
    private final List<PackQuestion> questions;
    private final QuestionBank bank;
    private final AnswerCoach coach;
    private final Role role;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Path transcript;
    private final boolean force;
    /** Where the session is shown: its width for wrapping and the rules, and whether it takes colour. */
    private final Terminal terminal;
    private final int width;
    /** Whether scores are shown; without, only what to improve ({@code --no-score}). */
    private final boolean scored;
    /** The practice history to add this session to, or null ({@code --history}). */
    private final PracticeHistory history;
    /** The session's date for the history, as yyyy-mm-dd. */
    private final String date;

    /** Guarded by {@code this}: the entries so far, and whether the summary was shown. */
    private final List<Entry> entries = new ArrayList<>();
    private boolean finished;
    /** The question on screen, and what has been typed for it so far (for a Ctrl-C transcript). */
    private int open = -1;
    private final StringBuilder typed = new StringBuilder();

    PracticeSession(QuestionPack pack, int count, QuestionBank bank, AnswerCoach coach, Role role, BufferedReader in,
                    PrintWriter out, Path transcript, boolean force, Terminal terminal) {
        this(pack, count, bank, coach, role, in, out, transcript, force, terminal, true, null, null);
    }

    /**
     * A session that may hide scores and add itself to a practice history.
     *
     * @param scored  whether to show scores
     * @param history the history to add the session to, or null
     * @param date    the session's date for the history (yyyy-mm-dd), or null without a history
     */
    PracticeSession(QuestionPack pack, int count, QuestionBank bank, AnswerCoach coach, Role role, BufferedReader in,
                    PrintWriter out, Path transcript, boolean force, Terminal terminal, boolean scored,
                    PracticeHistory history, String date) {
        this.scored = scored;
        this.history = history;
        this.date = date;
        this.pack = pack;
        this.questions = pack.questions().subList(0, Math.min(count, pack.questions().size()));
        this.bank = bank;
        this.coach = coach;
        this.role = role;
        this.in = in;
        this.out = out;
        this.transcript = transcript;
        this.force = force;
        this.terminal = terminal;
        this.width = terminal.width();
    }

    /**
     * Runs the session to the end, a {@code quit} or the end of input.
     *
     * @param onCtrlC whether to print the summary and write the transcript when the process is interrupted
     *                (Ctrl-C); off in tests, where the process outlives the session
     */
    void run(boolean onCtrlC) throws IOException {
        Thread hook = new Thread(this::interrupted, "pmo-practice-summary");
        if (onCtrlC) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
        try {
            intro();
            Kind stop = null;
            for (int i = 0; i < questions.size() && stop == null; i++) {
                stop = ask(i);
            }
            finish(stop == Kind.QUIT ? "You stopped the session." : stop == Kind.END ? "End of input." : null);
        } finally {
            if (onCtrlC) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // Ctrl-C arrived while finishing: the hook sees finished and does nothing.
                }
            }
        }
    }

    private void intro() {
        out.println("PMO Toolkit · Interview practice for " + role.title() + " (" + role.id() + ")");
        out.println();
        out.print(Wrap.hanging("", questions.size() + " question" + (questions.size() == 1 ? "" : "s") + ". Type "
                + "your answer as you would say it; press Enter on an empty line to finish it. Type 'skip' to move "
                + "on, 'retry' after the feedback to answer the question again, or 'quit' to stop; Ctrl-C also "
                + "stops and shows the summary.", width));
        out.flush();
    }

    /** Asks question {@code i}; QUIT or END when the session should stop, null to go on. */
    private Kind ask(int i) throws IOException {
        PackQuestion q = questions.get(i);
        opened(i);
        out.println();
        out.println(rule());
        out.print(Wrap.hanging("", "Question " + (i + 1) + " of " + questions.size() + " · " + q.competencyName()
                + " · " + q.type(), width));
        out.println();
        out.print(indent(q.text()));
        if (q.cvEvidence() != null) {
            out.print(Wrap.hanging("  Your CV: ", "\"" + q.cvEvidence() + "\"", width));
        }
        out.println();
        out.println("Your answer (finish with an empty line; or type skip or quit):");
        out.flush();
        Reply reply = readAnswer();
        switch (reply.kind()) {
            case SKIP -> {
                record(new Entry(q, null, null, null, null, null, true));
                out.println("Skipped.");
                return null;
            }
            case QUIT, END -> {
                return reply.kind();
            }
            case TEXT -> {
            }
        }
        AnswerFeedback feedback;
        try {
            feedback = coach.assess(reply.text(), context(q));
        } catch (IllegalArgumentException noWords) {
            record(new Entry(q, reply.text(), null, null, null, null, true));
            out.println("That answer has no words in it; moving on.");
            return null;
        }
        // Recorded before the follow-up, so that Ctrl-C during the follow-up keeps the answer.
        String answer = reply.text();
        List<Attempt> earlier = new ArrayList<>();
        record(new Entry(q, answer, feedback, null, null, null, false));
        out.println();
        out.print(FeedbackText.compact(feedback, terminal, scored));
        out.flush();
        String probe = followUp(q, feedback);
        while (true) {
            out.println();
            if (probe != null) {
                out.print(Wrap.hanging("Follow-up: ", probe, width));
            }
            out.print(Wrap.hanging("", probe != null
                    ? "Answer it (finish with an empty line), type 'retry' to answer the question again, or press "
                    + "Enter to go on:"
                    : "Type 'retry' to answer the question again, or press Enter to go on:", width));
            out.flush();
            Reply follow = readFollowUp();
            if (follow.kind() == Kind.RETRY) {
                out.println("Your new answer (finish with an empty line):");
                out.flush();
                Reply again = readAnswer();
                if (again.kind() == Kind.QUIT || again.kind() == Kind.END) {
                    return again.kind();
                }
                if (again.kind() != Kind.TEXT) {
                    continue;
                }
                AnswerFeedback next;
                try {
                    next = coach.assess(again.text(), context(q));
                } catch (IllegalArgumentException noWords) {
                    out.println("That answer has no words in it; the earlier one stands.");
                    continue;
                }
                earlier.add(new Attempt(answer, feedback));
                out.println();
                out.print(FeedbackText.compact(next, terminal, scored));
                out.print(Wrap.hanging("", compare(feedback, next), width));
                out.flush();
                answer = again.text();
                feedback = next;
                replaceLast(new Entry(q, answer, feedback, null, null, null, false, earlier));
                probe = followUp(q, feedback);
                continue;
            }
            if (probe == null || follow.kind() != Kind.TEXT
                    || follow.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                replaceLast(new Entry(q, answer, feedback, probe, null, null, false, earlier));
                return follow.kind() == Kind.QUIT || follow.kind() == Kind.END ? follow.kind() : null;
            }
            AnswerFeedback followFeedback = coach.assess(follow.text(), AnswerContext.none());
            replaceLast(new Entry(q, answer, feedback, probe, follow.text(), followFeedback, false, earlier));
            out.print(Wrap.hanging("", followUpNote(followFeedback), width));
            out.flush();
            return null;
        }
    }

    /**
     * Before and after a retry: the score (when shown), the relevance and the rubric parts that changed, and the
     * fillers.
     */
    String compare(AnswerFeedback before, AnswerFeedback after) {
        List<String> changes = Retry.changes(before, after, scored);
        return "BEFORE → AFTER: " + (changes.isEmpty() ? "no change in the parts" : String.join("; ", changes))
                + ".";
    }

    private AnswerContext context(PackQuestion q) {
        return AnswerContext.of(q, bank.find(q.id()), role);
    }

    /** A probe that tests the weakest point: how the result was measured when it has no number, else the first. */
    static String followUp(PackQuestion q, AnswerFeedback f) {
        if (q.followUps().isEmpty()) {
            return null;
        }
        if (!f.quantifiedResult()) {
            for (String p : q.followUps()) {
                if (MEASURE.matcher(p).find()) {
                    return p;
                }
            }
        }
        return q.followUps().get(0);
    }

    private static String followUpNote(AnswerFeedback f) {
        String number = f.sentences().stream().anyMatch(s -> !s.metrics().isEmpty()) ? "with a number" : "no number";
        String fillers = f.fillerCount() == 0 ? "no fillers" : f.fillerCount() + " filler"
                + (f.fillerCount() == 1 ? "" : "s");
        return "Follow-up noted: " + f.words() + " words, about " + Durations.spoken(f.speakingSeconds()) + ", "
                + number + ", " + fillers + ". Keep follow-up answers short and specific.";
    }

    /** An answer: lines up to an empty line or the end of input; empty lines before any text only remind. */
    private Reply readAnswer() throws IOException {
        return readReply(false);
    }

    /** A follow-up answer: an empty first line (Enter) skips it. */
    private Reply readFollowUp() throws IOException {
        return readReply(true);
    }

    /**
     * Lines up to an empty line or the end of input; {@code skip} or {@code quit} as the first line is that
     * command. An empty line before any text skips a follow-up and only reminds for an answer, whose lines
     * are kept for a Ctrl-C transcript.
     */
    private Reply readReply(boolean followUp) throws IOException {
        StringBuilder text = new StringBuilder();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                return text.isEmpty() ? new Reply(Kind.END, null) : new Reply(Kind.TEXT, text.toString());
            }
            if (line.isBlank()) {
                if (!text.isEmpty()) {
                    return new Reply(Kind.TEXT, text.toString());
                }
                if (followUp) {
                    return new Reply(Kind.SKIP, null);
                }
                out.println("(Nothing yet: type your answer, then an empty line. Or type skip or quit.)");
                out.flush();
                continue;
            }
            if (text.isEmpty()) {
                Kind command = command(line);
                if (command != null) {
                    return new Reply(command, null);
                }
            }
            text.append(line.strip()).append('\n');
            if (!followUp) {
                typed(line.strip());
            }
        }
    }

    private synchronized void opened(int question) {
        open = question;
        typed.setLength(0);
    }

    private synchronized void typed(String line) {
        typed.append(line).append('\n');
    }

    private static Kind command(String line) {
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "skip", "'skip'" -> Kind.SKIP;
            case "retry", "'retry'", "again" -> Kind.RETRY;
            case "quit", "'quit'", "exit", "q" -> Kind.QUIT;
            default -> null;
        };
    }

    private synchronized void replaceLast(Entry e) {
        entries.set(entries.size() - 1, e);
    }

    private synchronized void record(Entry e) {
        entries.add(e);
        typed.setLength(0);
    }

    /** Ctrl-C: the summary so far and the transcript, unless the session already finished. */
    void interrupted() {
        try {
            finish("Stopped with Ctrl-C.");
        } catch (RuntimeException e) {
            out.println("pmo: " + e.getMessage());
            out.flush();
        }
    }

    private synchronized void finish(String why) {
        if (finished) {
            return;
        }
        finished = true;
        if (open >= entries.size() && open < questions.size() && !typed.isEmpty()) {
            // Stopped with the question on screen: keep what was typed, without feedback.
            entries.add(new Entry(questions.get(open), typed.isEmpty() ? null : typed.toString(), null, null, null,
                    null, false));
        }
        out.println();
        out.println(rule());
        if (why != null) {
            out.println(why);
        }
        out.print(summary());
        if (transcript != null) {
            List<PackQuestion> notAsked = questions.subList(entries.size(), questions.size());
            Outputs.write(transcript, force, "--transcript", PracticeTranscript.render(pack, role, entries, notAsked,
                    scored));
            out.println("Transcript written to " + transcript);
        }
        if (history != null) {
            List<PracticeHistory.Answer> answers = new ArrayList<>();
            for (Entry e : entries) {
                if (e.feedback() != null) {
                    AnswerFeedback f = e.feedback();
                    int shown = (int) f.rubric().criteria().stream().filter(c -> c.status() != Status.MISSING).count();
                    answers.add(new PracticeHistory.Answer(e.question().id(), e.question().competency(),
                            e.question().competencyName(), f.rubric().id(), f.score(), f.verdict(), shown,
                            f.rubric().criteria().size()));
                }
            }
            PracticeHistory.Session session = new PracticeHistory.Session(date, role.id(), answers);
            history.append(session);
            out.println();
            out.print(history.progress(session, scored, width));
        }
        out.flush();
    }

    private String summary() {
        long answered = entries.stream().filter(e -> e.feedback() != null).count();
        StringBuilder b = new StringBuilder();
        b.append("SUMMARY · ").append(answered).append(" of ").append(questions.size()).append(" answered\n");
        if (entries.isEmpty()) {
            b.append("  No answers yet.\n");
            return b.toString();
        }
        b.append(scored ? "  #  Score  Question\n" : "  #  Question\n");
        int total = 0;
        int[] gaps = new int[4];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String head = scored ? String.format(Locale.ROOT, "  %-2d %5s  ", i + 1,
                    e.feedback() == null ? "-" : String.valueOf(e.feedback().score()))
                    : String.format(Locale.ROOT, "  %-2d ", i + 1);
            b.append(head).append(cut(e.question().text(), width - head.length())).append('\n');
            String pad = " ".repeat(head.length());
            if (e.feedback() == null) {
                b.append(pad).append(e.skipped() ? "skipped\n" : "stopped before an answer\n");
                continue;
            }
            total += e.feedback().score();
            if ("star".equals(e.feedback().rubric().id())) {
                e.feedback().gaps().forEach(p -> gaps[p.ordinal()]++);
            }
            b.append(Wrap.hanging(pad, PracticeTranscript.gapLine(e.feedback()), width));
        }
        if (answered > 0) {
            // Without scores the line holds only the part to work on, and is left out when there is none.
            StringBuilder line = new StringBuilder(scored ? String.format(Locale.ROOT, "  Average score %d/100.",
                    Math.round(total / (float) answered)) : " ");
            int worst = 0;
            for (int p = 1; p < 4; p++) {
                if (gaps[p] > gaps[worst] || (gaps[p] == gaps[worst] && p == 3)) {
                    worst = p;
                }
            }
            if (gaps[worst] > 0) {
                Part part = Part.values()[worst];
                line.append(" Work on the ").append(part.id()).append(" first: missing or weak in ")
                        .append(gaps[worst]).append(gaps[worst] == 1 ? " answer." : " answers.");
            }
            if (!line.toString().isBlank()) {
                b.append(line).append('\n');
            }
        }
        int notAsked = questions.size() - entries.size();
        if (notAsked > 0) {
            b.append("  ").append(notAsked).append(notAsked == 1 ? " question" : " questions")
                    .append(" not answered.\n");
        }
        return b.toString();
    }

    private String rule() {
        return "─".repeat(width);
    }

    private String indent(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : Wrap.lines(text, width - 2)) {
            b.append("  ").append(line).append('\n');
        }
        return b.toString();
    }

    /** A question cut at a word to fit the summary table. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int at = s.lastIndexOf(' ', max - 2);
        return s.substring(0, at > max / 2 ? at : max - 1) + "…";
    }
}
