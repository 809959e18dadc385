package io.pmotoolkit.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankCoverageTest {

    @Test
    void theBankHasAtLeast120Questions() {
        assertTrue(Fixtures.BANK.questions().size() >= 120, "only " + Fixtures.BANK.questions().size());
    }

    @Test
    void everyCompetencyOfEveryRoleHasAtLeastThreeQuestions() {
        List<String> thin = new ArrayList<>();
        for (Role role : Fixtures.MODEL.roles()) {
            for (String competency : role.competencies().keySet()) {
                long n = Fixtures.BANK.forRole(role.id()).stream().filter(q -> q.competency().equals(competency)).count();
                if (n < 3) {
                    thin.add(role.id() + "/" + competency + "=" + n);
                }
            }
        }
        assertEquals(List.of(), thin);
    }

    @Test
    void everyCompetencyHasGapAdvice() {
        List<String> without = Fixtures.MODEL.competencies().stream().map(c -> c.id())
                .filter(id -> Fixtures.BANK.gapAdvice(id).isEmpty()).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void mostQuestionsAreBehaviouralAndEveryTypeIsPresent() {
        long behavioural = Fixtures.BANK.questions().stream().filter(q -> q.type() == QuestionType.BEHAVIOURAL).count();
        assertTrue(behavioural * 2 > Fixtures.BANK.questions().size(), "behavioural: " + behavioural);
        for (QuestionType t : QuestionType.values()) {
            assertTrue(Fixtures.BANK.questions().stream().anyMatch(q -> q.type() == t), t.id());
        }
    }

    @Test
    void theBankHasNoNearDuplicates() {
        List<String> pairs = new ArrayList<>();
        List<Question> qs = Fixtures.BANK.questions();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                if (NearDuplicates.nearDuplicate(qs.get(i), qs.get(j))) {
                    pairs.add(qs.get(i).id() + " ~ " + qs.get(j).id());
                }
            }
        }
        assertEquals(List.of(), pairs);
    }
}
