package io.pmotoolkit.interview.feedback;

/** Speaking times for people: "45 s", "1 min 20 s", "3 min". Thread-safe: stateless. */
public final class Durations {

    private Durations() {
    }

    /** A duration in seconds as people say it, rounded to 5 seconds above a minute. */
    public static String spoken(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        int rounded = Math.round(seconds / 5f) * 5;
        int min = rounded / 60;
        int sec = rounded % 60;
        return sec == 0 ? min + " min" : min + " min " + sec + " s";
    }
}
