package io.pmotoolkit.interview;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.Match;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.LineKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in model and bank, and a hand-made analysis of a project manager's CV for pmo-manager. Public and
 * in the test jar because the report module's QuestionPackPdfTest draws packs built from them.
 */
public final class Fixtures {

    static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    static final QuestionBank BANK = QuestionBankLoader.builtIn(MODEL);
    public static final PackBuilder BUILDER = new PackBuilder(MODEL, BANK);

    private Fixtures() {
    }

    public static Role role(String id) {
        return MODEL.expectRole(id);
    }

    static LineResult line(int n, LineKind kind, String text, String verb, String... metrics) {
        return new LineResult(text, "experience", n, kind, metrics.length > 0, List.of(metrics), verb, null);
    }

    /** A CV for pmo-manager that lacks governance and PMO set-up terms and has four achievement lines. */
    public static CvAnalysis projectManagerCv() {
        Role role = role("pmo-manager");
        List<LineResult> lines = List.of(
                line(8, LineKind.ACHIEVEMENT, "Cut the monthly status reporting cycle from 10 days to 4 days by moving "
                        + "highlight reports to a single SharePoint template.", "Cut", "from 10 days to 4 days"),
                line(9, LineKind.ACHIEVEMENT, "Designed a five-stage gate process with the PMO and finance team; it is "
                        + "now used on all 27 capital projects.", "Designed", "27 capital projects"),
                line(10, LineKind.ACHIEVEMENT, "Coached 4 junior project managers; two have since been promoted.",
                        "Coached", "4 junior project managers"),
                line(11, LineKind.ACHIEVEMENT, "Led a £4.2m programme of three projects, finishing 6 weeks early and "
                        + "£310k under budget.", "Led", "£4.2m", "6 weeks", "£310k"),
                line(12, LineKind.RESPONSIBILITY, "Responsible for the RAID log for each project.", null));
        List<FoundTerm> found = List.of(
                new FoundTerm("Status reporting", "reporting-performance", "essential", Evidence.ACHIEVEMENT,
                        List.of(new Match("status reporting", "experience", 8))),
                new FoundTerm("Stage gates", "governance-assurance", "essential", Evidence.ACHIEVEMENT,
                        List.of(new Match("gate process", "experience", 9))),
                new FoundTerm("RAID log", "risk-issue-management", "essential", Evidence.EXPERIENCE,
                        List.of(new Match("RAID log", "experience", 12))));
        List<MissingTerm> missing = List.of(
                new MissingTerm("Gate reviews", "governance-assurance", "essential"),
                new MissingTerm("Project assurance", "governance-assurance", "essential"),
                new MissingTerm("PMO set-up", "pmo-capability", "essential"),
                new MissingTerm("Capacity planning", "planning-resourcing", "essential"),
                new MissingTerm("Portfolio prioritisation", "portfolio-benefits", "essential"),
                new MissingTerm("PMP", "certifications", "essential"),
                new MissingTerm("Kanban", "delivery-methods", "desirable"));
        List<CompetencyCoverage> coverage = new ArrayList<>();
        role.competencies().forEach((id, weight) -> coverage.add(new CompetencyCoverage(id,
                MODEL.expectCompetency(id).name(), weight, id.equals("governance-assurance") ? 0.3 : 0.5, List.of(),
                List.of())));
        return CvAnalysis.builder().schemaVersion(1).file("cv.pdf").format("pdf")
                .candidate(new CvAnalysis.Candidate("Sam Rivers", null, null, 10.0, 400, 1))
                .role(new CvAnalysis.RoleRef(role.id(), role.title())).score(new CvAnalysis.Score(50, List.of()))
                .keywords(new CvAnalysis.Keywords(found, missing)).competencies(coverage).lines(lines)
                .versions(new CvAnalysis.Versions("test", MODEL.version())).build();
    }
}
