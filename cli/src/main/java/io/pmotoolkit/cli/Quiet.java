package io.pmotoolkit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the libraries' own logging. PDFBox warns through java.util.logging about every odd font,
 * and POI through Log4j; a user needs our one-line warnings, not theirs. {@code --verbose} turns them
 * back on.
 */
final class Quiet {

    private Quiet() {
    }

    static void libraries() {
        Logger.getLogger("").setLevel(Level.OFF);
        Logger.getLogger("org.apache").setLevel(Level.OFF);
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }

    static void verbose() {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.apache").setLevel(Level.WARNING);
    }
}
