/**
 * The interview coach: a question bank read from {@code question-bank.yaml} and a builder that turns a
 * target role, and optionally a {@link io.pmotoolkit.core.result.CvAnalysis}, into a personalised STAR
 * practice pack.
 *
 * <pre>{@code
 * SkillsModel model = SkillsModelLoader.builtIn();
 * QuestionBank bank = QuestionBankLoader.builtIn(model);
 * QuestionPack pack = new PackBuilder(model, bank).build(model.expectRole("pmo-manager"), analysis, 12, 7L);
 * }</pre>
 *
 * <p>This module never reads CVs or writes files: the command line does both.
 */
package io.pmotoolkit.interview;
