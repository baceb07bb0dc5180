package com.giftcardrecon.cases;

import static com.giftcardrecon.operations.TwoDayInbox.BAD_LUHN;
import static com.giftcardrecon.operations.TwoDayInbox.SOLD_TWICE;
import static com.giftcardrecon.operations.TwoDayInbox.TWO_ACCOUNTS;
import static com.giftcardrecon.operations.TwoDayInbox.USD_25;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.cases.Http.Answer;
import com.giftcardrecon.operations.FixtureCards;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/cards/{cardId}}: every record of one card, as the files wrote it (TwoDayInbox);
 * and the desk's metrics, from the one case it acts on.
 */
class CardLookupApiTests {

    @TempDir
    static Path tmp;

    static DeskServer desk;

    @BeforeAll
    static void start() throws Exception {
        desk = DeskServer.start(tmp);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void aCardRedeemedByTwoAccountsShowsItsSaleBothRedemptionsAndItsCase() {
        Answer answer = desk.finance().get("/api/cards/" + TWO_ACCOUNTS);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode card = answer.json();
        assertThat(card.get("cardId").asString()).isEqualTo(TWO_ACCOUNTS);
        assertThat(card.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(card.get("activations")).hasSize(1);
        assertThat(card.get("currentActivation")).isEqualTo(card.get("activations").get(0));
        assertThat(fields(card.get("currentActivation"), "file", "line", "retailer", "storeId", "terminalId", "txnId",
                "txnType", "amount", "currency", "region", "txnTime")).containsExactly("ACME_20260302_001.csv", "5",
                "ACME", "S01", "T01", "A1004", "ACTIVATE", "100.00", "USD", "US", "2026-03-02T09:00:00-05:00");
        // line 15 reused RD-003 with other content: rejected, never loaded, so not part of the story
        assertThat(card.get("ledger")).hasSize(2);
        List<String> fields = List.of("redemptionId", "file", "line", "accountId", "accountRegion", "amount",
                "currency", "status", "occurredAt");
        assertThat(fields(card.get("ledger").get(0), fields.toArray(String[]::new))).containsExactly("RD-003",
                "ledger_20260302.csv", "4", "US-2001", "US", "100.00", "USD", "APPLIED", "2026-03-02T16:00:00-05:00");
        assertThat(fields(card.get("ledger").get(1), fields.toArray(String[]::new))).containsExactly("RD-013",
                "ledger_20260302.csv", "16", "US-2002", "US", "100.00", "USD", "APPLIED", "2026-03-02T22:40:00-05:00");
        assertThat(card.get("ledger").get(0).get("reason").isNull()).isTrue();
        assertThat(card.get("ledger").get(0).get("finding").isNull()).isTrue();
        assertThat(card.get("cases")).hasSize(1);
        assertThat(fields(card.get("cases").get(0), "caseId", "flag", "severity", "status", "firstSeen"))
                .containsExactly("GC-" + TWO_ACCOUNTS + "-DBL", "DOUBLE_REDEMPTION", "CRITICAL", "OPEN", "2026-03-03");
    }

    @Test
    void rejectedAttemptsAreInTheLedgerWithTheirReason() {
        JsonNode card = desk.support().get("/api/cards/" + USD_25).json();

        assertThat(card.get("ledger")).hasSize(1);
        assertThat(fields(card.get("ledger").get(0), "redemptionId", "amount", "status", "reason", "occurredAt"))
                .containsExactly("RD-012", "25.00", "REJECTED", "LOCKED", "2026-03-02T16:30:00-05:00");
        assertThat(card.get("ledger").get(0).get("finding").asString()).isEqualTo("CODE_LOCKED");
        assertThat(card.get("ledger").get(0).get("recommendedAction").asString()).contains("wait a few hours");
        assertThat(card.get("cases")).isEmpty();
    }

    @Test
    void asOfADateOnlyWhatWasVisibleThen() {
        // sold on day 1 and again on day 2 (by ACME's day-2 file): the second activation is day 2's
        JsonNode day1 = desk.support().get("/api/cards/" + SOLD_TWICE + "?date=2026-03-02").json();
        JsonNode all = desk.support().get("/api/cards/" + SOLD_TWICE).json();

        assertThat(day1.get("activations")).hasSize(1);
        assertThat(day1.get("cases")).isEmpty();
        assertThat(all.get("activations")).hasSize(2);
        assertThat(all.get("currentActivation").get("txnTime").asString()).isEqualTo("2026-03-03T09:00:00-06:00");
        assertThat(all.get("cases").get(0).get("flag").asString()).isEqualTo("DUPLICATE_ACTIVATION");
        assertThat(desk.support().get("/api/cards/" + TWO_ACCOUNTS + "?date=2026-02-01").json().get("state")
                .asString()).isEqualTo("NONE");
    }

    @Test
    void aBadIdIs400AndAnUnknownCard404() {
        Answer bad = desk.support().get("/api/cards/" + BAD_LUHN);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("cardId");
        assertThat(desk.support().get("/api/cards/12345").status()).isEqualTo(400);
        Answer unknown = desk.support().get("/api/cards/" + FixtureCards.card(999));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(desk.support().get("/api/cards/" + TWO_ACCOUNTS + "?date=yesterday").status()).isEqualTo(400);
    }

    @Test
    void metricsCountOpenCasesBySeverityAndStatusAndEventsByAction() {
        String tooBig = "GC-" + com.giftcardrecon.operations.TwoDayInbox.TOO_BIG + "-DEN";
        assertThat(desk.support().postJson("/api/cases/" + tooBig + "/events",
                "{\"action\":\"ASSIGN\",\"assignee\":\"bob\"}").status()).isEqualTo(201);

        assertThat(gauge("recon.cases.open", "severity:LOW", "status:IN_PROGRESS")).isEqualTo(1.0);
        assertThat(gauge("recon.cases.open", "severity:LOW", "status:OPEN")).isEqualTo(0.0);
        assertThat(gauge("recon.cases.open", "severity:CRITICAL", "status:OPEN")).isEqualTo(1.0);
        assertThat(gauge("recon.cases.open", "severity:HIGH", "status:OPEN")).isEqualTo(4.0);
        assertThat(gauge("recon.case.events", "action:ASSIGN")).isEqualTo(1.0);
        assertThat(desk.support().get("/actuator/metrics/recon.cases.open").status()).isEqualTo(403);
    }

    private static double gauge(String name, String... tags) {
        StringBuilder path = new StringBuilder("/actuator/metrics/" + name + "?");
        for (String tag : tags) {
            path.append("tag=").append(tag).append('&');
        }
        Answer answer = desk.operator().get(path.toString());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().get("measurements").get(0).get("value").asDouble();
    }

    private static List<String> fields(JsonNode node, String... names) {
        return java.util.Arrays.stream(names).map(name -> node.get(name).asString()).toList();
    }
}
