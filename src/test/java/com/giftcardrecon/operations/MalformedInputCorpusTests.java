package com.giftcardrecon.operations;

import static com.giftcardrecon.operations.MalformedInputCorpus.VARIANTS;
import static com.giftcardrecon.operations.MalformedInputCorpus.dateOf;
import static com.giftcardrecon.operations.MalformedInputCorpus.fileOf;
import static com.giftcardrecon.operations.WorkbookContents.assertSameSheets;
import static com.giftcardrecon.operations.WorkbookContents.finance;
import static com.giftcardrecon.operations.WorkbookContents.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.operations.MalformedInputCorpus.Outcome;
import com.giftcardrecon.operations.MalformedInputCorpus.Variant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The malformed-input corpus ({@link MalformedInputCorpus}), one variant per business date:
 * the same nights run twice, on two databases, once with the variants planted and once
 * without. Every night completes, each variant gets its named reject, and everything else
 * (the other lines and files, the figures of every workbook) equals the night without it.
 */
class MalformedInputCorpusTests {

    @TempDir
    static Path tmp;

    static ReconContext planted;

    static ReconContext clean;

    static final List<JobExecution> nights = new ArrayList<>();

    @BeforeAll
    static void runEveryNightWithAndWithoutItsVariant() throws Exception {
        Path plantedInbox = tmp.resolve("planted");
        Path cleanInbox = tmp.resolve("clean");
        planted = ReconContext.start(plantedInbox, tmp.resolve("planted-reports"), "--spring.quartz.auto-startup=false");
        clean = ReconContext.start(cleanInbox, tmp.resolve("clean-reports"), "--spring.quartz.auto-startup=false");
        for (int i = 0; i < VARIANTS.size(); i++) {
            LocalDate date = dateOf(i);
            MalformedInputCorpus.writeBaseline(plantedInbox, date);
            MalformedInputCorpus.writeBaseline(cleanInbox, date);
            VARIANTS.get(i).planter().plant(plantedInbox, date);
            nights.add(planted.reconcile(date));
            assertThat(clean.reconcile(date).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @AfterAll
    static void close() {
        planted.close();
        clean.close();
    }

    static Stream<String> variants() {
        return MalformedInputCorpus.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theNightCompletesWithTheNamedRejectAndOtherwiseAsWithoutTheVariant(String name) {
        int i = MalformedInputCorpus.names().indexOf(name);
        Variant variant = VARIANTS.get(i);
        LocalDate date = dateOf(i);
        String file = fileOf(variant, date);

        assertThat(nights.get(i).getStatus()).as(name).isEqualTo(BatchStatus.COMPLETED);
        switch (variant.outcome()) {
            case LINE_REJECT -> {
                assertThat(status(file)).isEqualTo("ACCEPTED");
                assertThat(rejects(file)).singleElement().satisfies(reject -> {
                    assertThat(reject.get("line_no")).isEqualTo(variant.line());
                    assertThat((String) reject.get("reason")).startsWith(variant.reason());
                });
            }
            case FILE_REJECTED -> {
                assertThat(status(file)).isEqualTo("REJECTED");
                assertThat(detail(file)).startsWith(variant.reason());
            }
            case SKIPPED -> assertThat(planted.jdbc().sql("SELECT COUNT(*) FROM inbound_file WHERE file_name = ?")
                    .param(file).query(Long.class).single()).isZero();
            case ACCEPTED -> {
                assertThat(status(file)).isEqualTo("ACCEPTED");
                assertThat(rejects(file)).singleElement().satisfies(reject -> {
                    assertThat(reject.get("line_no")).isEqualTo(variant.line());
                    assertThat((String) reject.get("reason")).startsWith(variant.reason());
                });
            }
        }
        if (variant.outcome() != Outcome.ACCEPTED) {
            assertSameSheets(finance(tmp.resolve("planted-reports"), date), finance(tmp.resolve("clean-reports"), date),
                    "Summary", "Exceptions");
            assertSameSheets(support(tmp.resolve("planted-reports"), date), support(tmp.resolve("clean-reports"), date),
                    "Open Cases");
        }
    }

    @Test
    void aQuotedLineBreakAndSeparatorAreKeptInTheirFields() {
        assertThat(planted.jdbc().sql("SELECT a.txn_id, a.store_id, a.line_no FROM activation a JOIN inbound_file f"
                        + " ON f.id = a.file_id WHERE f.file_name LIKE 'ZZQUOTE%'").query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row.get("txn_id")).isEqualTo("Q,1");
                    assertThat(row.get("store_id")).isEqualTo("Main St\r\nUnit 5");
                    assertThat(row.get("line_no")).isEqualTo(2);
                });
        assertThat(planted.jdbc().sql("SELECT total_lines FROM inbound_file WHERE file_name LIKE 'ZZQUOTE%'")
                .query(Integer.class).single()).as("records, not physical lines").isEqualTo(4);
    }

    @Test
    void everyLineOfEveryOtherFileLoadsExactlyAsWithoutTheVariants() {
        String activations = "SELECT f.file_name, a.line_no, a.retailer_id, a.txn_id, a.txn_type, a.card_id, a.amount,"
                + " a.currency, a.region, a.store_id, a.terminal_id, a.txn_time_us, a.file_date FROM activation a"
                + " JOIN inbound_file f ON f.id = a.file_id WHERE f.file_name NOT LIKE 'ZZ%' ORDER BY 1, 2";
        String redemptions = "SELECT r.redemption_id, f.file_name, r.line_no, r.card_id, r.account_id,"
                + " r.account_region, r.amount, r.currency, r.status, r.reason, r.occurred_at_us, r.occurred_date,"
                + " r.signature FROM redemption r JOIN inbound_file f ON f.id = r.file_id ORDER BY 1";
        assertThat(rows(planted, activations)).isNotEmpty().isEqualTo(rows(clean, activations));
        assertThat(rows(planted, redemptions)).isNotEmpty().isEqualTo(rows(clean, redemptions));
        assertThat(clean.count("line_reject")).isZero();
    }

    private static List<Map<String, Object>> rows(ReconContext recon, String sql) {
        return recon.jdbc().sql(sql).query().listOfRows();
    }

    private static String status(String file) {
        return planted.jdbc().sql("SELECT status FROM inbound_file WHERE file_name = ? ORDER BY id DESC")
                .param(file).query(String.class).list().get(0);
    }

    private static String detail(String file) {
        return planted.jdbc().sql("SELECT detail FROM inbound_file WHERE file_name = ? ORDER BY id DESC")
                .param(file).query(String.class).list().get(0);
    }

    private static List<Map<String, Object>> rejects(String file) {
        return planted.jdbc().sql("SELECT j.line_no, j.reason FROM line_reject j JOIN inbound_file f ON f.id = j.file_id"
                + " WHERE f.file_name = ?").param(file).query().listOfRows();
    }
}
