package com.giftcardrecon.operations.cli;

import com.giftcardrecon.cases.CaseFilter;
import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.ingest.CardIdRule;
import com.giftcardrecon.operations.cli.CommandLine.Command;
import com.giftcardrecon.operations.cli.CommandLine.UsageException;
import com.giftcardrecon.reconcile.card.Flag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The options of the support desk's commands, {@code card} and {@code cases}, checked before anything starts. */
final class DeskOptions {

    private DeskOptions() {
    }

    static void check(Command command, Map<String, String> options) {
        if (command == Command.CARD) {
            cardId(options);
        } else {
            filter(options, null);
        }
    }

    static String cardId(Map<String, String> options) {
        String id = options.get("id");
        if (id == null) {
            throw new UsageException("card needs --id=CARD, the card's 16 digits");
        }
        if (!CardIdRule.isValid(id)) {
            throw new UsageException("--id '" + id + "' is not a card id: 16 digits whose last is a valid Luhn"
                    + " check digit");
        }
        return id;
    }

    static CaseFilter filter(Map<String, String> options, LocalDate date) {
        CaseStatus status = oneOf("status", options.get("status"), CaseStatus.class);
        Flag flag = oneOf("flag", options.get("flag"), Flag.class);
        long limit = options.containsKey("limit") ? CommandLine.parseNumber("limit", options.get("limit"))
                : CaseFilter.DEFAULT_LIMIT;
        try {
            return new CaseFilter(date, status, flag, null, null, (int) Math.max(Math.min(limit, Integer.MAX_VALUE),
                    Integer.MIN_VALUE));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E oneOf(String option, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --" + option + " '" + text + "': use " + Arrays
                    .stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
