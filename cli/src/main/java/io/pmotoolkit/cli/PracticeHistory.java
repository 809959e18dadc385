package io.pmotoolkit.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pmotoolkit.app.AppException;
import io.pmotoolkit.cli.render.Wrap;
import io.pmotoolkit.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The practice history of {@code pmo practice --history FILE}: one JSON file (documented in
 * {@code docs/json-format.md}) that keeps every session's answers (question, competency, type, score, verdict,
 * rubric parts shown), read before the first question and rewritten atomically at the end with the new session
 * added, so that the summary can show progress per competency over sessions. A file that is not a history is
 * an input error, never overwritten.
 *
 * <p>Not thread-safe: one per session.
 */
final class PracticeHistory {

    /** The history format's version. */
    static final int VERSION = 1;
    /** Sessions kept; the oldest are dropped beyond this, so the file stays small. */
    static final int MAX_SESSIONS = 200;
    /** Largest history file read. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * One answer of a session.
     *
     * @param shown parts of the rubric the answer showed (present or weak), of {@code parts}
     */
    @JsonPropertyOrder({"questionId", "competency", "competencyName", "rubric", "score", "verdict", "shown", "parts"})
    record Answer(String questionId, String competency, String competencyName, String rubric, int score,
                  String verdict, int shown, int parts) {
    }

    /** One session: when, for which role, and its answers. */
    @JsonPropertyOrder({"date", "role", "answers"})
    record Session(String date, String role, List<Answer> answers) {
        Session {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    @JsonPropertyOrder({"version", "sessions"})
    record File(int version, List<Session> sessions) {
        File {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    private final Path path;
    private final List<Session> sessions;

    private PracticeHistory(Path path, List<Session> sessions) {
        this.path = path;
        this.sessions = sessions;
    }

    /**
     * Reads the history; a file that does not exist yet is an empty history.
     *
     * @throws AppException an input error when the file is not a practice history (it is then left as it is)
     */
    static PracticeHistory read(Path path) {
        if (Files.isDirectory(path)) {
            throw AppException.input(path + " is a folder: give --history a file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw AppException.input(path + " is over " + MAX_BYTES / (1024 * 1024) + " MB: it is not a practice "
                        + "history of pmo practice; give --history another file");
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            File f = JSON.readValue(text, File.class);
            if (f == null || f.version() != VERSION) {
                throw damaged(path, "unknown version");
            }
            return new PracticeHistory(path, new ArrayList<>(f.sessions()));
        } catch (NoSuchFileException e) {
            return new PracticeHistory(path, new ArrayList<>());
        } catch (JsonProcessingException e) {
            throw damaged(path, e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw AppException.input("cannot read the practice history " + path + ": " + e.getMessage());
        }
    }

    private static AppException damaged(Path path, String why) {
        return AppException.input(path + " is not a practice history that pmo practice can read (" + why + "); it "
                + "was left as it is: give --history another file, or move this one away");
    }

    /** Adds a session and writes the file in one step. */
    void append(Session session) {
        sessions.add(session);
        while (sessions.size() > MAX_SESSIONS) {
            sessions.remove(0);
        }
        try {
            byte[] bytes = JSON.writeValueAsBytes(new File(VERSION, sessions));
            AtomicFiles.write(path, true, out -> out.write(bytes));
        } catch (IOException e) {
            throw AppException.output("cannot write the practice history " + path + ": " + e.getMessage(), e);
        }
    }

    /** Sessions read before this one. */
    int earlierSessions() {
        return sessions.size();
    }

    /**
     * Progress per competency: the average of earlier sessions against this one's, for the competencies this
     * session practised; scores, or without them the share of rubric parts shown.
     */
    String progress(Session now, boolean scored, int width) {
        StringBuilder b = new StringBuilder("PROGRESS · " + (sessions.size() - 1) + " earlier session"
                + (sessions.size() - 1 == 1 ? "" : "s") + " in " + path + "\n");
        Map<String, String> names = new LinkedHashMap<>();
        now.answers().forEach(a -> names.putIfAbsent(a.competency(), a.competencyName()));
        if (names.isEmpty()) {
            return b.append("  No answers this session.\n").toString();
        }
        for (var e : names.entrySet()) {
            List<Answer> before = new ArrayList<>();
            for (Session s : sessions.subList(0, sessions.size() - 1)) {
                s.answers().stream().filter(a -> a.competency().equals(e.getKey())).forEach(before::add);
            }
            List<Answer> today = now.answers().stream().filter(a -> a.competency().equals(e.getKey())).toList();
            String head = String.format(Locale.ROOT, "  %-28s ", cut(e.getValue(), 28));
            String line = before.isEmpty() ? "first time: " + measure(today, scored)
                    : measure(before, scored) + " → " + measure(today, scored) + " (" + before.size() + " earlier answer"
                    + (before.size() == 1 ? "" : "s") + ")";
            b.append(Wrap.hanging(head, line, width));
        }
        return b.toString();
    }

    private static String measure(List<Answer> answers, boolean scored) {
        if (scored) {
            return String.valueOf(Math.round(answers.stream().mapToInt(Answer::score).average().orElse(0)));
        }
        int shown = answers.stream().mapToInt(Answer::shown).sum();
        int parts = answers.stream().mapToInt(Answer::parts).sum();
        return parts == 0 ? "-" : Math.round(100.0 * shown / parts) + "% of parts";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
