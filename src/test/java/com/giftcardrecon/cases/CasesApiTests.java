package com.giftcardrecon.cases;

import static com.giftcardrecon.operations.TwoDayInbox.CLEAN;
import static com.giftcardrecon.operations.TwoDayInbox.EARLY;
import static com.giftcardrecon.operations.TwoDayInbox.RETRIED;
import static com.giftcardrecon.operations.TwoDayInbox.SOLD_TWICE;
import static com.giftcardrecon.operations.TwoDayInbox.TOO_BIG;
import static com.giftcardrecon.operations.TwoDayInbox.TWO_ACCOUNTS;
import static com.giftcardrecon.operations.TwoDayInbox.UNACTIVATED;
import static com.giftcardrecon.operations.TwoDayInbox.VOIDED;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_AMOUNT;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.cases.Http.Answer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The cases API over real HTTP, per role and per error (cases.md, "API"). */
class CasesApiTests {

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
    void everyRoleListsTheCasesOfTheLatestRunMostSevereFirst() {
        for (Http user : List.of(desk.operator(), desk.finance(), desk.support())) {
            Answer answer = user.get("/api/cases?flag=DOUBLE_REDEMPTION");
            assertThat(answer.status()).as(user.user()).isEqualTo(200);
            assertThat(ids(answer.json())).containsExactly(id(TWO_ACCOUNTS, "DBL"), id(RETRIED, "DBL"));
        }
        JsonNode all = desk.finance().get("/api/cases").json();
        assertThat(StreamSupport.stream(all.spliterator(), false).map(c -> c.get("severity").asString()))
                .containsExactly("CRITICAL", "HIGH", "HIGH", "HIGH", "HIGH", "MEDIUM", "MEDIUM", "MEDIUM", "LOW");
        assertThat(ids(all)).startsWith(id(TWO_ACCOUNTS, "DBL"), id(UNACTIVATED, "UNA"), id(VOIDED, "VOI"),
                id(RETRIED, "DBL"), id(WRONG_REGION, "REG"), id(EARLY, "RBA"), id(WRONG_AMOUNT, "AMT"),
                id(SOLD_TWICE, "DUP"), id(TOO_BIG, "DEN"));
        JsonNode first = all.get(0);
        assertThat(first.get("card").asString()).isEqualTo(TWO_ACCOUNTS);
        assertThat(first.get("flag").asString()).isEqualTo("DOUBLE_REDEMPTION");
        assertThat(first.get("firstSeen").asString()).isEqualTo("2026-03-03");
        assertThat(first.get("assignee").isNull()).isTrue();
        assertThat(desk.support().get("/api/cases?severity=low&limit=5").json()).hasSize(1);
        assertThat(desk.support().get("/api/cases?limit=2").json()).hasSize(2);
    }

    @Test
    void oneCaseHasItsCardsFactsAndEvents() {
        Answer answer = desk.finance().get("/api/cases/" + id(TWO_ACCOUNTS, "DBL"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode detail = answer.json();
        assertThat(detail.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(detail.get("holds").asBoolean()).isTrue();
        assertThat(detail.get("status").asString()).isEqualTo("OPEN");
        JsonNode facts = detail.get("facts");
        assertThat(facts.get("retailer").asString()).isEqualTo("ACME");
        assertThat(facts.get("region").asString()).isEqualTo("US");
        assertThat(facts.get("currency").asString()).isEqualTo("USD");
        assertThat(facts.get("activatedAmount").asString()).isEqualTo("100.00");
        assertThat(facts.get("redeemedAmount").asString()).isEqualTo("200.00");
        assertThat(facts.get("redemptions").asInt()).isEqualTo(2);
        assertThat(facts.get("accounts").toString()).isEqualTo("[\"US-2001\",\"US-2002\"]");
        assertThat(detail.get("events")).isEmpty();
    }

    @Test
    void asOfDay1TheSecondAccountHadNotRedeemedIt() {
        // RD-013 is 22:40-05:00 on day 1, so day 2 in UTC: as of day 1 one redemption, no flag
        JsonNode detail = desk.support().get("/api/cases/" + id(TWO_ACCOUNTS, "DBL") + "?date=2026-03-02").json();

        assertThat(detail.get("holds").asBoolean()).isFalse();
        assertThat(detail.get("facts").get("redemptions").asInt()).isEqualTo(1);
        assertThat(detail.get("facts").get("redeemedAmount").asString()).isEqualTo("100.00");
    }

    @Test
    void anAgentWorksACaseToTheEndAndEveryStepIsKept() {
        String path = "/api/cases/" + id(RETRIED, "DBL") + "/events";
        desk.clock().set("2026-03-03T14:00:00Z");
        Answer assign = desk.support().postJson(path, "{\"action\":\"ASSIGN\",\"assignee\":\"bob\",\"actor\":\"x\"}");
        assertThat(assign.status()).isEqualTo(201);
        assertThat(assign.location()).isEqualTo(path + "/1");
        assertThat(assign.json().get("actor").asString()).isEqualTo(DeskServer.SUPPORT_USER);
        assertThat(assign.json().get("at").asString()).isEqualTo("2026-03-03T14:00:00Z");
        assertThat(desk.support().get(assign.location()).json().get("assignee").asString()).isEqualTo("bob");

        assertThat(desk.operator().postJson(path, "{\"action\":\"ESCALATE\",\"remark\":\"fraud?\"}").status())
                .isEqualTo(201);
        assertThat(desk.support().postJson(path, "{\"action\":\"COMMENT\",\"remark\":\"same account\"}").status())
                .isEqualTo(201);
        assertThat(desk.support().postJson(path, "{\"action\":\"RESOLVE\",\"resolution\":\"NO_ACTION_NEEDED\","
                + "\"remark\":\"a retry\"}").status()).isEqualTo(201);
        Answer again = desk.support().postJson(path, "{\"action\":\"RESOLVE\",\"resolution\":\"NO_ACTION_NEEDED\","
                + "\"remark\":\"twice\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("caseStatus").asString()).isEqualTo("RESOLVED");
        assertThat(again.json().get("detail").asString()).contains("RESOLVED");
        assertThat(desk.support().postJson(path, "{\"action\":\"REOPEN\",\"remark\":\"called back\"}").status())
                .isEqualTo(201);

        JsonNode detail = desk.finance().get("/api/cases/" + id(RETRIED, "DBL")).json();
        assertThat(detail.get("status").asString()).isEqualTo("OPEN");
        assertThat(detail.get("assignee").isNull()).isTrue();
        assertThat(StreamSupport.stream(detail.get("events").spliterator(), false)
                .map(e -> e.get("action").asString() + "/" + e.get("actor").asString()))
                .containsExactly("ASSIGN/sam", "ESCALATE/ops", "COMMENT/sam", "RESOLVE/sam", "REOPEN/sam");
        assertThat(desk.support().get("/api/cases?status=OPEN&flag=DOUBLE_REDEMPTION").json()).hasSize(2);
    }

    @Test
    void financeMayReadButNotAct() {
        Answer answer = desk.finance().postJson("/api/cases/" + id(EARLY, "RBA") + "/events",
                "{\"action\":\"COMMENT\",\"remark\":\"x\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void nobodyUnauthenticated() {
        assertThat(desk.anonymous().get("/api/cases").status()).isEqualTo(401);
        assertThat(desk.anonymous().get("/api/cards/" + CLEAN).status()).isEqualTo(401);
        assertThat(desk.anonymous().postJson("/api/cases/" + id(EARLY, "RBA") + "/events",
                "{\"action\":\"COMMENT\",\"remark\":\"x\"}").status()).isEqualTo(401);
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        String path = "/api/cases/" + id(TOO_BIG, "DEN") + "/events";
        assertBad(desk.support().postJson(path, "{}"), "action");
        assertBad(desk.support().postJson(path, "{\"action\":\"SHRUG\"}"), "action");
        assertBad(desk.support().postJson(path, "{\"action\":\"ASSIGN\"}"), "assignee");
        assertBad(desk.support().postJson(path, "{\"action\":\"RESOLVE\",\"resolution\":\"DONE\",\"remark\":\"x\"}"),
                "resolution");
        assertBad(desk.support().postJson(path, "{\"action\":\"ESCALATE\",\"remark\":\"\"}"), "remark");
        assertBad(desk.support().postJson(path, "{\"action\":\"COMMENT\",\"remark\":\"" + "x".repeat(2001) + "\"}"),
                "remark");
        assertBad(desk.support().postJson(path, "not json"), "body");
        assertThat(desk.events()).as("nothing stored for a bad body").isZero();
    }

    @Test
    void unknownCasesAnd409sAreProblemDetails() {
        Answer unknown = desk.support().get("/api/cases/" + id(CLEAN, "DBL"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(desk.support().get("/api/cases/GC-nonsense").status()).isEqualTo(404);
        assertThat(desk.support().postJson("/api/cases/" + id(CLEAN, "DBL") + "/events",
                "{\"action\":\"COMMENT\",\"remark\":\"x\"}").status()).isEqualTo(404);

        Answer reopen = desk.support().postJson("/api/cases/" + id(SOLD_TWICE, "DUP") + "/events",
                "{\"action\":\"REOPEN\",\"remark\":\"why\"}");
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.json().get("caseStatus").asString()).isEqualTo("OPEN");
    }

    @Test
    void badQueriesNameTheParameter() {
        assertBad(desk.support().get("/api/cases?status=DONE"), "status");
        assertBad(desk.support().get("/api/cases?flag=FOO"), "flag");
        assertBad(desk.support().get("/api/cases?date=24-11-2026"), "date");
        assertBad(desk.support().get("/api/cases?limit=0"), "limit");
        assertBad(desk.support().get("/api/cases?limit=many"), "limit");
        Answer noRun = desk.support().get("/api/cases?date=2026-03-01");
        assertThat(noRun.status()).isEqualTo(404);
        assertThat(noRun.json().get("detail").asString()).contains("no completed run for 2026-03-01");
    }

    static void assertBad(Answer answer, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("detail").asString()).contains(field.equals("body") ? "JSON" : field);
    }

    static String id(String card, String code) {
        return "GC-" + card + "-" + code;
    }

    static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(c -> c.get("caseId").asString()).toList();
    }
}
