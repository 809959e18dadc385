package io.pmotoolkit.resume.batch;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.batch.BatchAnalyzer.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds the same CV given in several files, so that a batch ranks it once: files with the same base name
 * ({@code a.docx} and {@code a.pdf}) whose candidate agrees, and files whose extracted text is the same.
 *
 * <p>Two files with the same base name are the same CV when both name the same email address, or (without
 * emails on both) the same person, or, when neither tells who it is, when they sit in the same folder. Of a
 * group, the file read most exactly is used: DOCX, then PDF, then Markdown, then plain text, then the first
 * given. Files with the same text (case, spacing and punctuation aside) are the same CV wherever they are;
 * the one decided first is used.
 *
 * <p>Outcomes are {@linkplain #offer offered} in input order and come back, in the same order, once the
 * files that could share their base name have all been seen; so a group spread across two folders holds back
 * the outcomes between its members (the only memory this costs). The decisions depend only on the inputs,
 * never on thread timing. Not thread-safe: one batch, one thread.
 */
public final class SameCv {

    /**
     * An outcome whose group is decided.
     *
     * @param outcome the outcome
     * @param usedIndex the index of the file used for this CV: the outcome's own index when it is used (or is
     *                  not a CV at all), another file's index when it is the same CV as that one
     */
    public record Decided(Outcome outcome, int usedIndex) {
        public boolean used() {
            return usedIndex == outcome.index();
        }
    }

    private final int[] lastOfName;
    private final Map<Integer, Outcome> pending = new TreeMap<>();
    private final Map<Integer, Integer> usedOf = new HashMap<>();
    private final Map<String, Integer> byDigest = new HashMap<>();
    private final Map<String, List<Integer>> byName;
    private int nextOut;

    /** @param files the files of the batch, in input order */
    public SameCv(List<Path> files) {
        byName = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byName.computeIfAbsent(baseKey(files.get(i)), k -> new ArrayList<>()).add(i);
        }
        lastOfName = new int[files.size()];
        for (List<Integer> group : byName.values()) {
            for (int i : group) {
                lastOfName[i] = group.getLast();
            }
        }
    }

    /** Takes the next outcome (indices in order) and returns those now decided, in input order. */
    public List<Decided> offer(Outcome o) {
        pending.put(o.index(), o);
        if (lastOfName[o.index()] == o.index()) {
            decide(byName.get(baseKey(o.file())));
        }
        List<Decided> out = new ArrayList<>();
        while (usedOf.containsKey(nextOut) && pending.containsKey(nextOut)) {
            out.add(new Decided(pending.remove(nextOut), usedOf.get(nextOut)));
            nextOut++;
        }
        return out;
    }

    private void decide(List<Integer> group) {
        List<List<Outcome>> clusters = new ArrayList<>();
        for (int i : group) {
            Outcome o = pending.get(i);
            if (!isCv(o)) {
                usedOf.put(i, i);
                continue;
            }
            List<Outcome> home = null;
            for (List<Outcome> c : clusters) {
                if (c.stream().allMatch(m -> sameCandidate(m, o))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(o);
        }
        for (List<Outcome> c : clusters) {
            Outcome best = c.getFirst();
            for (Outcome m : c) {
                if (rank(m) < rank(best)) {
                    best = m;
                }
            }
            int used = best.index();
            for (Outcome m : c) {
                Integer earlier = m.textDigest() == null ? null : byDigest.get(m.textDigest());
                if (earlier != null) {
                    used = earlier;
                    break;
                }
            }
            for (Outcome m : c) {
                usedOf.put(m.index(), used);
                if (m.textDigest() != null) {
                    byDigest.putIfAbsent(m.textDigest(), used);
                }
            }
        }
    }

    private static boolean isCv(Outcome o) {
        return o.ok() && o.analysis().isCv();
    }

    private static int rank(Outcome o) {
        return switch (o.analysis().format()) {
            case "docx" -> 0;
            case "pdf" -> 1;
            case "md" -> 2;
            default -> 3;
        };
    }

    private static boolean sameCandidate(Outcome a, Outcome b) {
        if (a.textDigest() != null && a.textDigest().equals(b.textDigest())) {
            return true;
        }
        String emailA = email(a.analysis());
        String emailB = email(b.analysis());
        if (emailA != null && emailB != null) {
            return emailA.equals(emailB);
        }
        String nameA = person(a.analysis());
        String nameB = person(b.analysis());
        if (nameA != null && nameB != null) {
            return nameA.equals(nameB);
        }
        return Objects.equals(a.file().toAbsolutePath().getParent(), b.file().toAbsolutePath().getParent());
    }

    private static String email(CvAnalysis a) {
        if (a.candidate() == null || a.candidate().contact() == null || a.candidate().contact().email() == null) {
            return null;
        }
        return a.candidate().contact().email().strip().toLowerCase(Locale.ROOT);
    }

    private static String person(CvAnalysis a) {
        if (a.candidate() == null || a.candidate().name() == null) {
            return null;
        }
        String letters = a.candidate().name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
        return letters.isEmpty() ? null : letters;
    }

    /** The file name without its extension, case folded: {@code a.docx} and {@code A.pdf} share it. */
    static String baseKey(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        int dot = s.lastIndexOf('.');
        return (dot > 0 ? s.substring(0, dot) : s).toLowerCase(Locale.ROOT);
    }
}
