package io.pmotoolkit.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, defined once: the command line lists them in each command's help from here,
 * and maps every failure to one of them ({@link Failure}). A web front end reports the same outcomes.
 */
public enum ExitCode {

    /** The command did what it was asked. */
    OK(0, "Success."),
    /** A bug: an exception nobody expected. */
    INTERNAL(1, "Internal error (a bug: run again with --verbose and report it)."),
    /** The command line itself is wrong: caught before any file is read where possible. */
    USAGE(2, "Usage error: an unknown command, option, role or question id, a missing argument, an invalid "
            + "option value (--count, --timeout, --max-size...), or a folder given as an output file."),
    /** An input (the CV, the job advert, the answer) cannot be read or is beyond a limit. */
    BAD_INPUT(3, "An input could not be read: the CV, the job advert or the answer is missing, empty, corrupt, "
            + "protected, image-only or unsupported, over --max-size, over --timeout, or too large or too deeply "
            + "nested to process."),
    /** The --skills-file is invalid. */
    BAD_SKILLS_FILE(4, "The --skills-file is invalid (the message names line and field)."),
    /** An output could not be written, or would replace a file without --force. */
    OUTPUT(5, "An output could not be written: the file exists (add --force), its folder is missing or not "
            + "writable, or the disk is full."),
    /** {@code pmo serve} could not listen: the port is taken or the address is not this machine's. */
    SERVER(6, "pmo serve could not start: the port is in use by another program (choose another with --port), "
            + "or the --host address is not one of this machine's."),
    /** Stopped with Ctrl-C (128 + SIGINT, as the shell reports it). */
    INTERRUPTED(130, "Stopped with Ctrl-C ('practice' shows its summary first).");

    private final int code;
    private final String description;

    ExitCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }

    /** One sentence for help texts and documentation. */
    public String description() {
        return description;
    }

    /** Every code and its description in order, as help lists them ({@code "3" -> "An input could not..."}). */
    public static Map<String, String> descriptions() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            list.put(Integer.toString(c.code), c.description);
        }
        return list;
    }
}
