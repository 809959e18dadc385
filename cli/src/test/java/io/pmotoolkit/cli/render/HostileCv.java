package io.pmotoolkit.cli.render;

import java.util.regex.Pattern;

/** A CV written to attack its reader's terminal and Markdown viewer, for the tests of what output lets through. */
public final class HostileCv {

    /** Terminal escapes (title, clear screen, C1 CSI), a carriage return, a bell, a bidi override, HTML, links. */
    public static final String TEXT = String.join("\n",
            "Jane \u001b]0;pwned\u0007Doe\u001b[2J",
            "jane@example.com · 07700 900123",
            "",
            "Experience",
            "PMO Analyst, Acme Ltd, 2020 - 2023",
            "- Built the RAID log <img src=x onerror=alert(1)> and cut reporting time by 30%",
            "- Ran [click here](javascript:alert(document.cookie)) weekly reporting\rOVERWRITTEN for the board",
            "- Managed ![x](data:text/html;base64,PHNjcmlwdD4=) stakeholder updates \u009b31m for 12 projects",
            "- Led <script>alert(1)</script> governance \u202ereviews\u202c and <a href=\"javascript:x()\">audits</a>",
            "- Kept the &lt;risk&gt; register and <javascript:alert(2)> current \\[not a link\\](javascript:y)",
            "",
            "Skills",
            "RAID log, Microsoft Project, Power BI, stakeholder management",
            "");

    /** Anything a terminal acts on other than newline and tab. */
    public static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");

    private HostileCv() {
    }
}
