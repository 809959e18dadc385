package io.pmotoolkit.resume.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutputNamesTest {

    static Stream<Arguments> inputsAndNames() {
        return Stream.of(
                Arguments.of(List.of("a-3.pdf", "a.docx", "a.pdf"), List.of("a-3", "a", "a-pdf")),
                Arguments.of(List.of("a.pdf", "a.docx", "a-pdf.txt"), List.of("a-pdf-2", "a", "a-pdf")),
                Arguments.of(List.of("x/cv.pdf", "y/cv.pdf", "z/CV.pdf"), List.of("cv", "cv-pdf", "CV-pdf-2")),
                Arguments.of(List.of("summary.pdf", "Summary.docx"), List.of("summary-pdf", "Summary-docx")),
                Arguments.of(List.of("..pdf", "\u001b[31mred.pdf", "a:b?.pdf"), List.of("cv", "_[31mred", "a_b_")));
    }

    @ParameterizedTest
    @MethodSource("inputsAndNames")
    void everyInputGetsANameOfItsOwnThatNoOtherInputOwns(List<String> files, List<String> expected) {
        List<String> names = OutputNames.assign(files.stream().map(Path::of).toList());
        assertEquals(expected, names);
        assertEquals(names.size(), new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()).size());
    }

    @ParameterizedTest
    @MethodSource("inputsAndNames")
    void namesAreUniqueUnderTheTurkishLocaleToo(List<String> files, List<String> expected) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals(expected, OutputNames.assign(files.stream().map(Path::of).toList()));
        } finally {
            Locale.setDefault(before);
        }
    }

    @org.junit.jupiter.api.Test
    void aThousandCopiesOfOneNameStayUnique() {
        Path[] many = new Path[1000];
        Arrays.setAll(many, i -> Path.of("d" + i, "cv.pdf"));
        List<String> names = OutputNames.assign(List.of(many));
        assertEquals(1000, new HashSet<>(names).size());
    }
}
