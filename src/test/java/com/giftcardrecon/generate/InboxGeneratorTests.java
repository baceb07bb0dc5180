package com.giftcardrecon.generate;

import com.giftcardrecon.ingest.Luhn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the generated inbox against the inbound-file contract. The checks re-derive Luhn
 * digits, counts and hash totals here rather than calling the generator's own helpers, so a
 * mistake there cannot hide itself.
 */
class InboxGeneratorTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);
    private static final String LEDGER_HEADER =
            "redemption_id,card_id,account_id,account_region,amount,currency,status,reason,occurred_at";

    @TempDir
    Path inbox;

    @Test
    void namesEveryFileAsTheContractDoesOnePerRetailerAndDay() throws IOException {
        InboxGenerator.generate(inbox, FIRST_DAY, 2, 200, 7);

        assertThat(fileNames("activations")).allMatch(name -> name.matches("[A-Z0-9]{2,16}_\\d{8}_\\d{3}\\.csv"))
                .containsExactlyInAnyOrder(
                        "ACME_20261123_001.csv", "MAPLE_20261123_001.csv", "BRITMART_20261123_001.csv",
                        "SKYSHOP_20261123_001.csv", "ACME_20261124_001.csv", "MAPLE_20261124_001.csv",
                        "BRITMART_20261124_001.csv", "SKYSHOP_20261124_001.csv");
        assertThat(fileNames("ledger")).containsExactlyInAnyOrder("ledger_20261123.csv", "ledger_20261124.csv");
        for (Path file : files("activations")) {
            String[] name = file.getFileName().toString().replace(".csv", "").split("_");
            String date = name[1].substring(0, 4) + "-" + name[1].substring(4, 6) + "-" + name[1].substring(6);
            assertThat(Files.readAllLines(file).get(0)).isEqualTo("H," + name[0] + "," + date + "," + name[2]);
        }
    }

    @Test
    void trailerCountsAndHashTotalsCoverEveryDetailLine() throws IOException {
        InboxGenerator.generate(inbox, FIRST_DAY, 2, 200, 7);

        int detailLines = 0;
        for (Path file : files("activations")) {
            List<String> lines = nonBlank(file);
            List<String> details = lines.subList(1, lines.size() - 1);
            BigDecimal hashTotal = BigDecimal.ZERO;
            for (String detail : details) {
                hashTotal = hashTotal.add(amountForHash(detail.split(",", -1)[4]));
            }
            String[] trailer = lines.get(lines.size() - 1).split(",", -1);

            assertThat(trailer).as(file.getFileName().toString()).hasSize(3);
            assertThat(trailer[0]).isEqualTo("T");
            assertThat(Integer.parseInt(trailer[1])).as("count in %s", file.getFileName()).isEqualTo(details.size());
            assertThat(new BigDecimal(trailer[2])).as("hash total in %s", file.getFileName())
                    .isEqualByComparingTo(hashTotal);
            assertThat(details).allMatch(line -> line.startsWith("D,"));
            detailLines += details.size();
        }
        assertThat(detailLines).isEqualTo(2 * 200);
    }

    @Test
    void cardIdsPassLuhnExceptTheFewPlantedRejects() throws IOException {
        InboxGenerator.generate(inbox, FIRST_DAY, 2, 200, 7);

        List<String> activationCards = new ArrayList<>();
        for (Path file : files("activations")) {
            for (String detail : details(file)) {
                activationCards.add(detail.split(",", -1)[3]);
            }
        }
        List<String> ledgerCards = new ArrayList<>();
        for (Path file : files("ledger")) {
            for (String line : nonBlank(file).subList(1, nonBlank(file).size())) {
                ledgerCards.add(line.split(",", -1)[1]);
            }
        }

        // Planted bad serials are ~0.1% of activation lines; a broken Luhn would fail ~90%.
        long failing = activationCards.stream().filter(card -> !luhnValid(card)).count();
        assertThat(failing).isLessThanOrEqualTo(activationCards.size() / 100);
        assertThat(ledgerCards).isNotEmpty().allMatch(card -> card.isEmpty() || luhnValid(card));
    }

    @Test
    void ledgerExportsStartWithTheExactHeaderAndHoldSixLinesPerTenActivations() throws IOException {
        InboxGenerator.generate(inbox, FIRST_DAY, 2, 200, 7);

        for (Path file : files("ledger")) {
            List<String> lines = Files.readAllLines(file);
            assertThat(lines.get(0)).isEqualTo(LEDGER_HEADER);
            assertThat(lines).hasSize(1 + 120);
            assertThat(lines.subList(1, lines.size())).allMatch(line -> line.split(",", -1).length == 9);
        }
    }

    @Test
    void plantsVoidsDuplicateActivationsUnactivatedAndDoubleRedemptions() throws IOException {
        InboxGenerator.generate(inbox, FIRST_DAY, 2, 4000, 11);

        Map<String, Integer> activations = new HashMap<>();
        int voids = 0;
        for (Path file : files("activations")) {
            for (String detail : details(file)) {
                String[] fields = detail.split(",", -1);
                if (fields[2].equals("VOID")) {
                    voids++;
                } else {
                    activations.merge(fields[3], 1, Integer::sum);
                }
            }
        }
        Set<String> applied = new HashSet<>();
        int doubleRedeemed = 0;
        int unactivated = 0;
        int refused = 0;
        for (Path file : files("ledger")) {
            for (String line : nonBlank(file).subList(1, nonBlank(file).size())) {
                String[] fields = line.split(",", -1);
                if (fields[6].equals("REJECTED")) {
                    refused++;
                } else if (!applied.add(fields[1])) {
                    doubleRedeemed++;
                } else if (!activations.containsKey(fields[1])) {
                    unactivated++;
                }
            }
        }

        assertThat(voids).isPositive();
        assertThat(activations.values()).anyMatch(count -> count > 1);
        assertThat(doubleRedeemed).isPositive();
        assertThat(unactivated).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path again, @TempDir Path other)
            throws IOException {
        InboxGenerator.generate(inbox, FIRST_DAY, 2, 200, 7);
        InboxGenerator.generate(again, FIRST_DAY, 2, 200, 7);
        InboxGenerator.generate(other, FIRST_DAY, 2, 200, 8);

        Path ledger = Path.of("ledger", "ledger_20261124.csv");
        for (String name : fileNames("activations")) {
            Path file = Path.of("activations", name);
            assertThat(Files.readAllBytes(again.resolve(file))).isEqualTo(Files.readAllBytes(inbox.resolve(file)));
        }
        assertThat(Files.readAllBytes(again.resolve(ledger))).isEqualTo(Files.readAllBytes(inbox.resolve(ledger)));
        assertThat(Files.readAllBytes(other.resolve(ledger))).isNotEqualTo(Files.readAllBytes(inbox.resolve(ledger)));
    }

    /** The contract's rule: the amount as written, and a field that is not a number counts as zero. */
    private static BigDecimal amountForHash(String amount) {
        return amount.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(amount) : BigDecimal.ZERO;
    }

    private static boolean luhnValid(String cardId) {
        return cardId.matches("\\d{16}") && Luhn.isValid(cardId);
    }

    private static List<String> details(Path file) throws IOException {
        List<String> lines = nonBlank(file);
        return lines.subList(1, lines.size() - 1);
    }

    private static List<String> nonBlank(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
    }

    private List<Path> files(String kind) throws IOException {
        try (Stream<Path> listing = Files.list(inbox.resolve(kind))) {
            return listing.sorted().toList();
        }
    }

    private List<String> fileNames(String kind) throws IOException {
        return files(kind).stream().map(path -> path.getFileName().toString()).toList();
    }
}
