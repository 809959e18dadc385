package io.pmotoolkit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the libraries' own logging. PDFBox warns through commons-logging about every odd font,
 * and POI through Log4j; a user needs our one-line warnings, not theirs. {@code --verbose} turns
 * java.util.logging back on (PDFBox and POI stay quiet, as they were with Log4j at OFF).
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
        // PDFBox logs through commons-logging, which would find Log4j (POI's) and start it only to drop every
        // message at OFF: its no-op log says nothing either, without the 30-50 ms of Log4j start-up per run.
        if (System.getProperty(COMMONS_LOGGING_FACTORY) == null && System.getProperty(COMMONS_LOGGING_LOG) == null) {
            System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty(COMMONS_LOGGING_LOG, "org.apache.commons.logging.impl.NoOpLog");
        }
    }

    private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";
    private static final String COMMONS_LOGGING_LOG = "org.apache.commons.logging.Log";

    static void verbose() {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.apache").setLevel(Level.WARNING);
    }
}
