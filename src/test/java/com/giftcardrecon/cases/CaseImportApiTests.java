package com.giftcardrecon.cases;

import static com.giftcardrecon.cases.CasesApiTests.id;
import static com.giftcardrecon.operations.TwoDayInbox.DAY_2;
import static com.giftcardrecon.operations.TwoDayInbox.EARLY;
import static com.giftcardrecon.operations.TwoDayInbox.SOLD_TWICE;
import static com.giftcardrecon.operations.TwoDayInbox.TOO_BIG;
import static com.giftcardrecon.operations.TwoDayInbox.VOIDED;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_AMOUNT;
import static com.giftcardrecon.operations.TwoDayInbox.WRONG_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.cases.Http.Answer;
import com.giftcardrecon.operations.PausedStatements;
import com.giftcardrecon.operations.WorkbookContents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Resolving from an uploaded workbook, and two agents acting on one case at the same moment. */
class CaseImportApiTests {

    @TempDir
    static Path tmp;

    static DeskServer desk;

    @BeforeAll
    static void start() throws Exception {
        desk = DeskServer.start(tmp);
        desk.clock().set("2026-03-03T15:00:00Z");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void filledRowsResolveTheirCasesOnceAndTheRestComeBackWithRowAndReason() throws IOException {
        // given: the run's own workbook, filled in by an agent (rows by case id; the header is row 1)
        byte[] filled = filledIn(Map.of(
                id(EARLY, "RBA"), new String[] {"RETAILER_CORRECTED", "ACME sent the right sale time"},
                id(WRONG_AMOUNT, "AMT"), new String[] {"VALUE_RECOVERED", "balance corrected"},
                id(TOO_BIG, "DEN"), new String[] {"FIXED", "typo"},
                id(VOIDED, "VOI"), new String[] {"VALUE_RECOVERED", ""}));
        // when
        Answer first = desk.support().postFile("/api/cases/import", "file", "support.xlsx", filled);
        long eventsAfterFirst = desk.events();
        Answer second = desk.support().postFile("/api/cases/import", "file", "support.xlsx", filled);
        // then
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("applied").asInt()).isEqualTo(2);
        JsonNode skipped = first.json().get("skipped");
        assertThat(skipped).hasSize(2);
        assertThat(skipped.get(0).get("caseId").asString()).isEqualTo(id(VOIDED, "VOI"));
        assertThat(skipped.get(0).get("row").asInt()).isEqualTo(rowOf(id(VOIDED, "VOI")));
        assertThat(skipped.get(0).get("reason").asString()).contains("remark");
        assertThat(skipped.get(1).get("caseId").asString()).isEqualTo(id(TOO_BIG, "DEN"));
        assertThat(skipped.get(1).get("reason").asString()).contains("resolution", "FIXED");
        JsonNode resolved = desk.finance().get("/api/cases/" + id(EARLY, "RBA")).json();
        assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("events").get(0).get("actor").asString()).isEqualTo(DeskServer.SUPPORT_USER);
        assertThat(resolved.get("events").get(0).get("remark").asString()).isEqualTo("ACME sent the right sale time");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("applied").asInt()).isZero();
        assertThat(desk.events()).as("nothing applied twice").isEqualTo(eventsAfterFirst).isEqualTo(2);
    }

    @Test
    void whatIsNoWorkbookOrTooLargeIs400AndChangesNothing() {
        long before = desk.events();
        assertBadFile(desk.support().postFile("/api/cases/import", "file", "notes.xlsx", "Resolution,Remark".getBytes()));
        assertBadFile(desk.support().postFile("/api/cases/import", "file", "big.xlsx", new byte[300 * 1024]));
        assertBadFile(desk.support().postFile("/api/cases/import", "other", "support.xlsx", new byte[10]));
        assertThat(desk.finance().postFile("/api/cases/import", "file", "s.xlsx", new byte[10]).status())
                .isEqualTo(403);
        assertThat(desk.events()).isEqualTo(before);
    }

    @Test
    void twoResolvesAtOnceOneIsStoredTheOtherRefused() throws Exception {
        String path = "/api/cases/" + id(WRONG_REGION, "REG") + "/events";
        String resolve = "{\"action\":\"RESOLVE\",\"resolution\":\"CUSTOMER_CONTACTED\",\"remark\":\"%s\"}";
        PausedStatements pauses = desk.recon().bean(PausedStatements.class);
        // the first has read the case OPEN and is held just before it stores its event...
        pauses.arm("INSERT INTO case_event");
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(
                () -> desk.support().postJson(path, resolve.formatted("first")));
        assertThat(pauses.awaitPaused()).isTrue();
        // ...while the second reads it OPEN too and stores its own
        Answer second = desk.operator().postJson(path, resolve.formatted("second"));
        pauses.release();

        assertThat(second.status()).isEqualTo(201);
        Answer refused = first.get();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("caseStatus").asString()).isEqualTo("RESOLVED");
        JsonNode events = desk.finance().get("/api/cases/" + id(WRONG_REGION, "REG")).json().get("events");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("remark").asString()).isEqualTo("second");
    }

    @Test
    void twoCommentsAtOnceAreBothKeptInOrder() throws Exception {
        String path = "/api/cases/" + id(SOLD_TWICE, "DUP") + "/events";
        PausedStatements pauses = desk.recon().bean(PausedStatements.class);
        pauses.arm("INSERT INTO case_event");
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(
                () -> desk.support().postJson(path, "{\"action\":\"COMMENT\",\"remark\":\"one\"}"));
        assertThat(pauses.awaitPaused()).isTrue();
        Answer second = desk.support().postJson(path, "{\"action\":\"COMMENT\",\"remark\":\"two\"}");
        pauses.release();

        assertThat(second.status()).isEqualTo(201);
        assertThat(first.get().status()).isEqualTo(201);
        assertThat(first.get().location()).endsWith("/events/2");
    }

    private static void assertBadFile(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).isEqualTo("file");
    }

    private static int rowOf(String caseId) {
        return WorkbookContents.rows(WorkbookContents.support(tmp.resolve("reports"), DAY_2), "Open Cases").stream()
                .map(row -> row.get(0)).toList().indexOf(caseId) + 2;
    }

    /** The day-2 support workbook with Resolution and Remark typed into the given cases' rows. */
    private static byte[] filledIn(Map<String, String[]> byCase) throws IOException {
        Path written = WorkbookContents.support(tmp.resolve("reports"), DAY_2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("Open Cases");
            Row header = sheet.getRow(0);
            int resolution = column(header, "Resolution");
            int remark = column(header, "Remark");
            for (Row row : sheet) {
                String[] values = row.getRowNum() == 0 ? null : byCase.get(row.getCell(0).getStringCellValue());
                if (values != null) {
                    row.createCell(resolution).setCellValue(values[0]);
                    row.createCell(remark).setCellValue(values[1]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int column(Row header, String text) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no column " + text);
    }
}
