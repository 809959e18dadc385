package io.pmotoolkit.resume.checks;

import java.time.YearMonth;

/**
 * A stretch between dated roles with no role covering it.
 *
 * @param from   the last month covered before the gap
 * @param to     the first month covered after it
 * @param months months from {@code from} to {@code to} ("Mar 2020 – Jan 2021" is 10)
 * @param label  the gap for messages, in the precision the CV gives ("Mar 2020 – Jan 2021", "2017 – 2019")
 */
public record Gap(YearMonth from, YearMonth to, int months, String label) {

    /** The gap for messages with its length: "Mar 2020 – Jan 2021 (10 months)". */
    public String describe() {
        return label + " (" + months + (months == 1 ? " month)" : " months)");
    }
}
