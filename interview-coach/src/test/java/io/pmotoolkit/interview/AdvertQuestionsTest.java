package io.pmotoolkit.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdvertQuestionsTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();

    static Stream<Arguments> clauses() {
        return Stream.of(
                Arguments.of("Own the monthly portfolio dashboard", "owns the monthly portfolio dashboard"),
                Arguments.of("Run portfolio prioritisation with the executive team", "runs portfolio prioritisation with the executive team"),
                Arguments.of("Track project budgets against actuals", "tracks project budgets against actuals"),
                Arguments.of("Support the PMO lead with gate reviews", "supports the PMO lead with gate reviews"),
                Arguments.of("Establish stage-gate governance", "establishes stage-gate governance"),
                Arguments.of("Report portfolio performance to the board", "reports portfolio performance to the board"),
                Arguments.of("Weekly reporting to the board", "includes: weekly reporting to the board"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clauses")
    void aDutyBecomesWhatTheRoleDoes(String duty, String clause) {
        assertEquals(clause, AdvertQuestions.asClause(duty));
    }

    @Test
    void packsFromAnAdvertPutItsDutiesToTheCandidate() throws Exception {
        Role analyst = MODEL.expectRole("pmo-analyst");
        PackBuilder builder = new PackBuilder(MODEL, QuestionBankLoader.builtIn(MODEL));
        List<String> duties = List.of("Own the monthly portfolio dashboard in Power BI and the executive pack.",
                "Track project budgets and forecasts against actuals and explain variances to finance.",
                "Maintain resource capacity data and flag over-allocation early.");
        QuestionPack pack = builder.build(analyst, null, duties, 12, 3);
        List<PackQuestion> fromAd = pack.questions().stream().filter(q -> q.reason() == Reason.JOB_AD).toList();
        assertEquals(2, fromAd.size(), pack.questions().toString());
        assertTrue(fromAd.get(0).text().startsWith("This role owns the monthly portfolio dashboard in Power BI"),
                fromAd.get(0).text());
        assertEquals("reporting-performance", fromAd.get(0).competency());
        assertEquals("financial-management", fromAd.get(1).competency());
        assertEquals(12, pack.questions().size());
        assertEquals(pack, builder.build(analyst, null, duties, 12, 3), "deterministic");
    }
}
