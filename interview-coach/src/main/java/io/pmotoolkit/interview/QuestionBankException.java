package io.pmotoolkit.interview;

/**
 * The question bank is invalid. The message is one line that names the source, the line, the question id
 * and the field, e.g. {@code question-bank.yaml line 42: question 'raid-log-new-programme': unknown
 * competency 'risk'}.
 */
public class QuestionBankException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QuestionBankException(String message) {
        super(message);
    }

    public QuestionBankException(String message, Throwable cause) {
        super(message, cause);
    }
}
