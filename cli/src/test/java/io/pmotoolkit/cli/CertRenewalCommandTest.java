package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code pmo analyze} on a small TXT CV whose credentials have years: the cert-renewal check end to end. */
class CertRenewalCommandTest {

    private static final String CV = "src/test/resources/cert-renewal/pmo-analyst-with-credentials.txt";

    private static JsonNode check(JsonNode analysis, String id) {
        for (JsonNode c : analysis.get("checks")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void jsonTextAndMarkdownSayWhichCredentialsMayNeedRenewing() throws Exception {
        Cli.Result json = Cli.run("analyze", CV, "--role", "pmo-analyst", "--format", "json");
        assertEquals(0, json.code(), json::toString);
        JsonNode a = new ObjectMapper().readTree(json.out());
        JsonNode c = check(a, "cert-renewal");
        assertTrue(c != null, json.out());
        assertFalse(c.get("passed").asBoolean());
        String m = c.get("message").asText();
        assertTrue(m.startsWith("PRINCE2 Foundation (2019): PeopleCert asks for its certificates to be renewed every"
                + " three years (those from before mid-2020 by July 2023)"), m);
        assertTrue(m.contains("its renewal was due in 2023: say on the CV that it is current ('PRINCE2 Foundation,"
                + " renewed 2026')"), m);
        assertTrue(m.contains("Certified ScrumMaster (2021): Scrum Alliance certifications are renewed every two"
                + " years"), m);
        // Renewed in 2024, so current until 2027; APM's PFQ has no known rule; the PMI-ACP is not held yet.
        assertFalse(m.contains("PMP") || m.contains("Project Management Professional"), m);
        assertFalse(m.contains("PFQ") || m.contains("PMI-ACP"), m);
        JsonNode checksPart = null;
        for (JsonNode p : a.at("/score/parts")) {
            if (p.get("id").asText().equals("checks")) {
                checksPart = p;
            }
        }
        assertTrue(checksPart != null && checksPart.get("detail").asText().endsWith(" of 9 checks passed"),
                "the informational check is not counted: " + checksPart);

        Cli.Result text = Cli.run("analyze", CV, "--role", "pmo-analyst");
        assertTrue(text.out().contains("FIX  cert-renewal      PRINCE2 Foundation (2019):"), text.out());
        Cli.Result md = Cli.run("analyze", CV, "--role", "pmo-analyst", "--format", "markdown");
        assertTrue(md.out().contains("- ❌ `cert-renewal`: PRINCE2 Foundation (2019):"), md.out());
    }

    @Test
    void aCvWithoutDatedCredentialsHasNoSuchCheck() throws Exception {
        Cli.Result r = Cli.run("analyze", Cli.sample("marcus-lee-software-engineer.pdf"), "--role", "pmo-analyst",
                "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertEquals(null, check(new ObjectMapper().readTree(r.out()), "cert-renewal"), r.out());
    }
}
