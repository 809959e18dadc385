package io.pmotoolkit.resume.checks;

/** The families of date style a CV can use for its roles. */
public enum DateStyle {
    /** "Jan 2019", "January 2019", "Sept 2020". */
    MONTH_NAME_YEAR("month name and year"),
    /** "03/2019", "3.2019". */
    NUMERIC_MONTH_YEAR("numeric month and year"),
    /** "2019". */
    YEAR_ONLY("year only"),
    /** "2019-03". */
    ISO("year-month (ISO)");

    private final String label;

    DateStyle(String label) {
        this.label = label;
    }

    /** Plain words for messages ("month name and year"). */
    public String label() {
        return label;
    }
}
