package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.text.LanguageGuess.Language;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageGuessTest {

    static Stream<Arguments> cvExcerpts() {
        return Stream.of(
                Arguments.of(Language.ENGLISH, "Led the PMO for a portfolio of 12 projects and cut the reporting cycle"
                        + " from 10 days to 4. Managed the RAID log with the programme board, working across three"
                        + " sites. Responsible for the benefits register and for status reports to the steering committee."),
                Arguments.of(Language.FRENCH, "Chef de projet au sein du bureau des projets. Pilotage de la feuille de"
                        + " route et suivi des risques avec les équipes. Mise en place d'un tableau de bord pour le comité"
                        + " de direction; réduction des délais de 20 % dans cette période."),
                Arguments.of(Language.SPANISH, "Gestión de la cartera de proyectos y seguimiento de los riesgos con el"
                        + " comité de dirección. Responsable del presupuesto y de las compras para una empresa de"
                        + " logística; reducción de costes del 15 % durante dos años."),
                Arguments.of(Language.GERMAN, "Leitung des Projektbüros und Einführung der Berichterstattung für die"
                        + " Geschäftsführung. Steuerung von zwölf Projekten mit einem Budget von 3 Mio. Euro, sowie"
                        + " Aufbau eines Risikoregisters über alle Standorte."),
                Arguments.of(Language.ITALIAN, "Responsabile della gestione del portafoglio di progetti e del"
                        + " monitoraggio dei rischi con il comitato direttivo. Riduzione dei tempi di reporting nella"
                        + " sede di Milano, anche per le attività di pianificazione delle risorse."),
                Arguments.of(Language.PORTUGUESE, "Gestão do portfólio de projetos e acompanhamento dos riscos com a"
                        + " diretoria. Responsável pela implantação do escritório de projetos em uma empresa de"
                        + " energia, com redução de custos e mais controle das entregas."),
                Arguments.of(Language.DUTCH, "Verantwoordelijk voor het projectbureau en de rapportage aan het"
                        + " management. Invoering van een risicoregister voor alle projecten, met een besparing van"
                        + " 10 procent op de kosten en ook een kortere doorlooptijd."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cvExcerpts")
    void guessesTheLanguageOfACvExcerpt(Language expected, String text) {
        assertEquals(expected, LanguageGuess.guess(text).map(LanguageGuess.Guess::language).orElse(null), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cvExcerpts")
    void onlyTheNonEnglishExcerptsAreClearlyNotEnglish(Language expected, String text) {
        // The excerpts are short: three of them twice over reach the refusal's minimum.
        String longer = text + " " + text + " " + text;
        assertEquals(expected == Language.ENGLISH ? null : expected, LanguageGuess.clearlyNotEnglish(longer).orElse(null), text);
    }

    @Test
    void anEnglishTextWithAForeignPassageIsNotClearlyNotEnglish() {
        String english = "Led the PMO for a portfolio of 12 projects and cut the reporting cycle from 10 days to 4, with"
                + " the programme board and the finance team. Managed the RAID log for the transformation programme,"
                + " working across the three sites that were in scope of this work. ";
        String french = "Chef de projet au sein du bureau des projets de la direction, pilotage de la feuille de route. ";
        assertTrue(LanguageGuess.clearlyNotEnglish(english + french).isEmpty());
        assertTrue(LanguageGuess.clearlyNotEnglish(null).isEmpty());
    }

    /** Random letters hit a short function word ("y", "de", "en") now and then: not a language. */
    @Test
    void randomLettersAreNotClearlyAnotherLanguage() {
        java.util.Random random = new java.util.Random(17);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            int length = 1 + random.nextInt(i % 2 == 0 ? 2 : 8);
            for (int k = 0; k < length; k++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        assertTrue(LanguageGuess.clearlyNotEnglish(text.toString()).isEmpty());
    }

    @Test
    void everyLanguageHasItsFunctionWordsInTheDataFile() {
        for (Language l : Language.values()) {
            assertTrue(LanguageGuess.scores("x").isEmpty());
            assertTrue(LanguageGuess.clearlyNotEnglish(l.displayName()).isEmpty(), l.displayName());
        }
        assertEquals(1.0, LanguageGuess.scores("the").get(Language.ENGLISH));
    }

    @Test
    void aListOfSkillsIsTooShortToGuess() {
        assertTrue(LanguageGuess.guess("PRINCE2, MSP, RAID logs, Power BI, Excel, SharePoint, Jira").isEmpty());
        assertTrue(LanguageGuess.guess("").isEmpty());
        assertTrue(LanguageGuess.guess(null).isEmpty());
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            String text = "LEITUNG DES PROJEKTBÜROS UND EINFÜHRUNG DER BERICHTERSTATTUNG FÜR DIE GESCHÄFTSFÜHRUNG"
                    + " SOWIE AUFBAU EINES RISIKOREGISTERS ÜBER ALLE STANDORTE MIT DEM TEAM";
            assertEquals(Language.GERMAN, LanguageGuess.guess(text).orElseThrow().language());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
