package io.pmotoolkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the build. */
public final class Versions implements IVersionProvider {

    private static final String VERSION = load();

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The tool version, e.g. {@code 0.1.0}. */
    public static String tool() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"pmo " + VERSION + " (PMO Toolkit, offline CV analysis for PMO roles)",
            "Java " + Runtime.version() + " " + System.getProperty("java.vendor", "")};
    }
}
