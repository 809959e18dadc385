package io.pmotoolkit.cli.render;

import io.pmotoolkit.interview.Question;
import java.util.List;
import java.util.Locale;

/**
 * The bank's questions as {@code pmo questions --list} shows them: id, type, competency and roles, one row a
 * question when the terminal is wide enough for the table, else the id on its own line and the rest under it.
 * Stateless and thread-safe.
 */
public final class QuestionList {

    private QuestionList() {
    }

    /** The list, laid out for {@code width} columns; {@code total} is the bank's size, for the count line. */
    public static String render(List<Question> questions, int total, int width) {
        StringBuilder b = new StringBuilder();
        b.append(questions.size()).append(" of ").append(total).append(" questions");
        if (questions.isEmpty()) {
            return b.append(": none match; drop a filter, or see 'pmo roles' for the role ids\n").toString();
        }
        b.append('\n');
        int id = Math.max(2, questions.stream().mapToInt(q -> q.id().length()).max().orElse(2));
        int type = "behavioural".length();
        int comp = Math.max("competency".length(), questions.stream().mapToInt(q -> q.competency().length()).max()
                .orElse(0));
        int roles = questions.stream().mapToInt(q -> roles(q).length()).max().orElse(0);
        if (id + type + comp + roles + 6 <= width) {
            String row = "%-" + id + "s  %-" + type + "s  %-" + comp + "s  %s%n";
            b.append(String.format(Locale.ROOT, row, "ID", "TYPE", "COMPETENCY", "ROLES"));
            for (Question q : questions) {
                b.append(String.format(Locale.ROOT, row, q.id(), q.type().id(), q.competency(), roles(q)));
            }
            return b.toString();
        }
        for (Question q : questions) {
            b.append(q.id()).append('\n');
            b.append(Wrap.hanging("    ", q.type().id() + " · " + q.competency() + " · " + roles(q), width));
        }
        return b.toString();
    }

    private static String roles(Question q) {
        return String.join(", ", q.roles());
    }
}
