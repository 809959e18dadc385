package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pmo practice} scripted through standard input, as a user would pipe answers. */
class PracticeCommandTest {

    static final String STRONG = """
            When I joined the PMO in 2021, the monthly report took ten working days and nobody trusted the RAG ratings.
            My job as the PMO analyst was to get a reliable report to the board within a week.
            I mapped where every figure came from and agreed one highlight report template with the project managers.
            I then built a SharePoint list that fed a Power BI dashboard.
            As a result, the reporting cycle fell from 10 days to 4 days and errors at the board dropped by 80%.
            """;

    static final String NO_RESULT = """
            In my last role the programme had a RAID log that nobody looked at.
            I was asked to make the risk process work for the six projects.
            I met each project manager and I set up a fortnightly risk review.
            """;

    @Test
    void scriptedSessionShowsPromptsFeedbackFollowUpAndSummary() {
        String input = STRONG + "\n" + "I counted the days from month end to the board pack, before and after.\n\n"
                + NO_RESULT + "\n\n";
        Cli.Result r = Cli.runWithInput(input, "practice", "--role", "pmo-analyst", "--count", "2");
        assertEquals(0, r.code(), r::toString);
        String out = r.out();
        assertTrue(out.startsWith("PMO Toolkit · Interview practice for PMO Analyst"), r::toString);
        assertTrue(out.contains("Question 1 of 2 · "), r::toString);
        assertTrue(out.contains("Question 2 of 2 · "), r::toString);
        assertEquals(2, count(out, "Your answer (finish with an empty line; or type skip or quit):"), r::toString);
        assertEquals(2, count(out, "FEEDBACK  "), r::toString);
        assertEquals(2, count(out, "Follow-up: "), r::toString);
        assertTrue(out.contains("Follow-up noted: "), r::toString);
        assertTrue(out.contains("  Result     PRESENT  "), r::toString);
        assertTrue(out.contains("SUMMARY · 2 of 2 answered"), r::toString);
        // The second question of this pack asks for motivation: the answer is read with that rubric.
        assertTrue(out.contains("  Reasons    MISSING  "), r::toString);
        assertTrue(out.contains("missing: reasons"), r::toString);
        assertTrue(out.contains("Average score "), r::toString);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 80, () -> "too wide: " + line);
        }
    }

    @Test
    void skipAndQuitWorkAloneOnALine(@TempDir Path dir) throws IOException {
        Path transcript = dir.resolve("practice.md");
        String input = "skip\n" + STRONG + "\n\nquit\n";
        Cli.Result r = Cli.runWithInput(input, "practice", "--role", "pmo-analyst", "--count", "4",
                "--transcript", transcript.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Skipped."), r::toString);
        assertTrue(r.out().contains("You stopped the session."), r::toString);
        assertTrue(r.out().contains("SUMMARY · 1 of 4 answered"), r::toString);
        assertTrue(r.out().contains("2 questions not answered."), r::toString);
        assertFalse(r.out().contains("Question 4 of 4"), r::toString);
        assertTrue(r.out().contains("Transcript written to " + transcript), r::toString);
        String md = Files.readString(transcript, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Interview practice: PMO Analyst"), md);
        assertTrue(md.contains("*Skipped.*"), md);
        assertTrue(md.contains("**Your answer**\n\n> When I joined the PMO in 2021"), md);
        assertTrue(md.contains("**Feedback: "), md);
        assertTrue(md.contains("*Not answered.*"), md);
        assertFalse(md.contains("\n\n\n"), md);
        assertTrue(md.contains("## 4. "), md);
        assertTrue(md.contains("## Summary"), md);
    }

    @Test
    void emptyLinesBeforeAnAnswerOnlyRemind() {
        Cli.Result r = Cli.runWithInput("\n\n" + NO_RESULT + "\n", "practice", "--role", "pmo-analyst",
                "--count", "1");
        assertEquals(0, r.code(), r::toString);
        assertEquals(2, count(r.out(), "(Nothing yet: type your answer"), r::toString);
        assertTrue(r.out().contains("SUMMARY · 1 of 1 answered"), r::toString);
    }

    @Test
    void endOfInputEndsTheSessionWithASummary() {
        Cli.Result r = Cli.runWithInput(NO_RESULT, "practice", "--role", "pmo-analyst", "--count", "3");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("SUMMARY · 1 of 3 answered"), r::toString);
        assertTrue(r.out().contains("2 questions not answered."), r::toString);
    }

    @Test
    void existingTranscriptStopsBeforeTheFirstQuestion(@TempDir Path dir) throws IOException {
        Path transcript = dir.resolve("practice.md");
        Files.writeString(transcript, "keep me", StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(STRONG, "practice", "--role", "pmo-analyst", "--transcript",
                transcript.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertFalse(r.out().contains("Question 1"), r::toString);
        assertTrue(r.err().contains("already exists: add --force"), r::toString);
        assertEquals("keep me", Files.readString(transcript, StandardCharsets.UTF_8));

        Cli.Result forced = Cli.runWithInput("quit\n", "practice", "--role", "pmo-analyst", "--transcript",
                transcript.toString(), "--force");
        assertEquals(0, forced.code(), forced::toString);
        assertTrue(Files.readString(transcript, StandardCharsets.UTF_8).startsWith("# Interview practice"));
    }

    @Test
    void countOutOfRangeAndMissingRoleAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Cli.runWithInput("", "practice", "--role", "pmo-analyst", "--count", "0").code());
        assertEquals(ExitCodes.USAGE, Cli.runWithInput("", "practice").code());
    }

    @Test
    void sameSeedAsksTheSameQuestionsAsThePack() {
        Cli.Result pack = Cli.run("questions", "--role", "pmo-analyst", "--count", "3", "--format", "json");
        Cli.Result r = Cli.runWithInput("quit\n", "practice", "--role", "pmo-analyst", "--count", "3");
        String first = r.out().lines().dropWhile(l -> !l.startsWith("Question 1 of 3")).skip(2).findFirst().orElseThrow();
        assertTrue(pack.out().contains(first.strip().split(" ", 4)[0]), () -> first + "\n" + pack.out());
    }

    @Test
    void retryAnswersTheQuestionAgainAndShowsBeforeAndAfter(@TempDir Path dir) throws IOException {
        Path transcript = dir.resolve("t.md");
        String input = NO_RESULT + "\nretry\n" + STRONG + "\n\nquit\n";
        Cli.Result r = Cli.runWithInput(input, "practice", "--role", "pmo-analyst", "--count", "1", "--transcript",
                transcript.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals(2, count(r.out(), "FEEDBACK  "), r::toString);
        assertTrue(r.out().contains("Your new answer (finish with an empty line):"), r::toString);
        assertTrue(r.out().contains("BEFORE → AFTER: score "), r::toString);
        assertTrue(r.out().contains("Result MISSING → PRESENT"), r::toString);
        String md = Files.readString(transcript, StandardCharsets.UTF_8);
        assertTrue(md.contains("**Attempt 1**\n\n> In my last role"), md);
        assertTrue(md.contains("**Attempt 2**\n\n> When I joined the PMO"), md);
    }

    @Test
    void noScoreShowsWhatToImproveWithoutAScore() {
        Cli.Result r = Cli.runWithInput(NO_RESULT + "\n\n", "practice", "--role", "pmo-analyst", "--count", "1",
                "--no-score");
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("/100"), r::toString);
        assertFalse(r.out().contains("Score"), r::toString);
        assertTrue(r.out().contains("NEXT STEPS"), r::toString);
        assertTrue(r.out().contains("missing: "), r::toString);
        // The summary line that would hold the average holds nothing without scores: no blank line in its place.
        assertFalse(r.out().lines().anyMatch(l -> l.equals(" ")), r::toString);
    }

    @Test
    void jobAdBuildsThePackFromTheAdvert() {
        Cli.Result r = Cli.runWithInput("quit\n", "practice", "--job-ad",
                Cli.samples().resolve("job-ads/pmo-analyst-fintech.md").toString(), "--count", "12");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("PMO Toolkit · Interview practice for PMO Analyst"), r::toString);
        Cli.Result pack = Cli.run("questions", "--job-ad", Cli.samples().resolve("job-ads/pmo-analyst-fintech.md")
                .toString(), "--count", "12", "--format", "json");
        assertTrue(pack.out().contains("advert-duty-"), pack::toString);
        assertEquals(ExitCodes.USAGE, Cli.runWithInput("", "practice", "--job-ad", "-").code());
    }

    @Test
    void historyIsWrittenOnlyWhenAskedAndShowsProgressPerCompetency(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history.json");
        Cli.Result first = Cli.runWithInput(NO_RESULT + "\n\n", "practice", "--role", "pmo-analyst", "--count", "1",
                "--history", history.toString());
        assertEquals(0, first.code(), first::toString);
        assertTrue(first.out().contains("PROGRESS · 0 earlier sessions"), first::toString);
        assertTrue(first.out().contains("first time: "), first::toString);
        String saved = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"version\" : 1") && saved.contains("\"date\" : \"2026-11-23\""), saved);
        Cli.Result second = Cli.runWithInput(STRONG + "\n\n", "practice", "--role", "pmo-analyst", "--count", "1",
                "--history", history.toString());
        assertTrue(second.out().contains("PROGRESS · 1 earlier session "), second::toString);
        assertTrue(second.out().contains(" → "), second::toString);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the history");
        }
        Cli.Result none = Cli.runWithInput(NO_RESULT + "\n\n", "practice", "--role", "pmo-analyst", "--count", "1");
        assertFalse(none.out().contains("PROGRESS"), none::toString);
    }

    @Test
    void aDamagedHistoryIsAClearErrorAndIsNeverOverwritten(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history.json");
        Files.writeString(history, "{\"version\": 1, \"sessions\": [", StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(STRONG + "\n\n", "practice", "--role", "pmo-analyst", "--count", "1",
                "--history", history.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertFalse(r.out().contains("Question 1"), r::toString);
        assertTrue(r.err().contains("is not a practice history"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertEquals("{\"version\": 1, \"sessions\": [", Files.readString(history, StandardCharsets.UTF_8));
    }

    /** What the Ctrl-C hook does, while the session waits for the rest of an answer. */
    @Test
    void ctrlCMidAnswerPrintsTheSummaryAndKeepsWhatWasTyped(@TempDir Path dir) throws Exception {
        var model = io.pmotoolkit.core.model.SkillsModelLoader.builtIn();
        var bank = io.pmotoolkit.interview.QuestionBankLoader.builtIn(model);
        var role = model.expectRole("pmo-analyst");
        var pack = new io.pmotoolkit.interview.PackBuilder(model, bank).build(role, null, 3, 1);
        java.io.PipedWriter keyboard = new java.io.PipedWriter();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.PipedReader(keyboard));
        java.io.StringWriter screen = new java.io.StringWriter();
        Path transcript = dir.resolve("t.md");
        PracticeSession session = new PracticeSession(pack, 3, bank,
                new io.pmotoolkit.interview.feedback.AnswerCoach(model), role, in,
                new java.io.PrintWriter(screen, true), transcript, false, io.pmotoolkit.cli.render.Terminal.PLAIN);
        Thread user = new Thread(() -> {
            try {
                session.run(false);
            } catch (java.io.IOException ignored) {
                // The pipe closes when the test ends.
            }
        });
        user.start();
        keyboard.write(NO_RESULT + "\n\nI was asked to build a\n");
        keyboard.flush();
        for (int i = 0; i < 100 && !screen.toString().contains("Question 2 of 3"); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(200);
        session.interrupted();
        keyboard.close();
        user.join(5000);
        String out = screen.toString();
        assertTrue(out.contains("Stopped with Ctrl-C."), out);
        assertTrue(out.contains("SUMMARY · 1 of 3 answered"), out);
        assertTrue(out.contains("stopped before an answer"), out);
        assertEquals(1, count(out, "SUMMARY"), out);
        String md = Files.readString(transcript, StandardCharsets.UTF_8);
        assertTrue(md.contains("**Typed so far**\n\n> I was asked to build a"), md);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
