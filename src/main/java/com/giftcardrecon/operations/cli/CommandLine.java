package com.giftcardrecon.operations.cli;

import com.giftcardrecon.generate.InboxSpec;
import com.giftcardrecon.operations.RunFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;

/**
 * The parsed command line: a command, its own options, and everything else, which goes to
 * Spring Boot as usual ({@code --recon.input-dir=...}, {@code --spring.datasource.url=...}).
 * {@code filter} is what {@code runs} lists, {@code inbox} what {@code generate} writes.
 */
record CommandLine(Command command, Optional<LocalDate> date, Optional<Long> run, RunFilter filter,
        Optional<InboxSpec> inbox, Map<String, String> options, String[] springArgs) {

    enum Command {
        SERVE(Set.of()), RECONCILE(Set.of("date")), RUNS(Set.of("date", "status", "limit")), RESTART(Set.of("run")),
        STOP(Set.of("run")), CARD(Set.of("id", "date")), CASES(Set.of("date", "status", "flag", "limit")),
        GENERATE(Set.of("dir", "from", "days", "per-day", "seed")), HELP(Set.of());

        private final Set<String> options;

        Command(Set<String> options) {
            this.options = options;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line, so that bad usage is one line on standard error; {@link Help} has the details. */
    static final String USAGE = "usage: giftcard-recon [serve] | reconcile --date=YYYY-MM-DD"
            + " | runs [--date=YYYY-MM-DD] [--status=FAILED] [--limit=20] | restart --run=ID | stop --run=ID"
            + " | card --id=CARD [--date=YYYY-MM-DD] | cases [--date=YYYY-MM-DD] [--status=OPEN] [--flag=FLAG]"
            + " [--limit=N] | generate --dir=DIR [--from=YYYY-MM-DD] [--days=N] [--per-day=N] [--seed=N] | help"
            + " [--name=value settings]";

    private static final Set<String> OPTIONS = Set.of("date", "run", "status", "limit", "id", "flag", "dir", "from",
            "days", "per-day", "seed");

    private static final Set<String> HELP_FLAGS = Set.of("--help", "-h", "-help", "-?");

    static CommandLine parse(String[] args) {
        String word = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : "";
            if (HELP_FLAGS.contains(arg)) {
                // Asking for help anywhere wins over whatever else the line says.
                return new CommandLine(Command.HELP, Optional.empty(), Optional.empty(), defaultFilter(),
                        Optional.empty(), Map.of(), new String[0]);
            }
            if (OPTIONS.contains(name)) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.startsWith("-") && word == null) {
                word = arg;
            } else {
                spring.add(arg);
            }
        }
        Command command = commandOf(word == null ? "serve" : word);
        for (String option : options.keySet()) {
            if (!command.options.contains(option)) {
                throw new UsageException(command.word() + " takes no --" + option + "; " + USAGE);
            }
        }
        Optional<LocalDate> date = Optional.ofNullable(options.get("date")).map(CommandLine::parseDate);
        Optional<Long> run = Optional.ofNullable(options.get("run")).map(text -> parseNumber("run", text));
        if (command == Command.RECONCILE && date.isEmpty()) {
            throw new UsageException("reconcile needs --date=YYYY-MM-DD");
        }
        if ((command == Command.RESTART || command == Command.STOP) && run.isEmpty()) {
            throw new UsageException(command.word() + " needs --run=ID (the run ids are listed by `runs`)");
        }
        RunFilter filter = defaultFilter();
        if (command == Command.RUNS) {
            Optional<BatchStatus> status = Optional.ofNullable(options.get("status")).map(CommandLine::parseStatus);
            long limit = Optional.ofNullable(options.get("limit")).map(text -> parseNumber("limit", text))
                    .orElse((long) RunFilter.DEFAULT_LIMIT);
            try {
                filter = new RunFilter(date.orElse(null), status.orElse(null), (int) Math.min(limit, Integer.MAX_VALUE));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + e.getMessage());
            }
        }
        if (command == Command.CARD || command == Command.CASES) {
            DeskOptions.check(command, options);
        }
        Optional<InboxSpec> inbox = command == Command.GENERATE ? Optional.of(inboxSpec(options)) : Optional.empty();
        return new CommandLine(command, date, run, filter, inbox, Map.copyOf(options), spring.toArray(String[]::new));
    }

    private static RunFilter defaultFilter() {
        return new RunFilter(null, null, RunFilter.DEFAULT_LIMIT);
    }

    private static InboxSpec inboxSpec(Map<String, String> options) {
        String dir = options.get("dir");
        if (dir == null || dir.isBlank()) {
            throw new UsageException("generate needs --dir=DIR (where activations/ and ledger/ are written)");
        }
        try {
            return new InboxSpec(Path.of(dir),
                    Optional.ofNullable(options.get("from")).map(CommandLine::parseDate).orElse(InboxSpec.FIRST_DAY),
                    number(options, "days", InboxSpec.DAYS),
                    number(options, "per-day", InboxSpec.ACTIVATIONS_PER_DAY),
                    number(options, "seed", InboxSpec.SEED));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // InboxSpec's own range checks
        }
    }

    private static long number(Map<String, String> options, String option, long otherwise) {
        return Optional.ofNullable(options.get(option)).map(text -> parseNumber(option, text)).orElse(otherwise);
    }

    private static Command commandOf(String word) {
        for (Command command : Command.values()) {
            if (command.word().equals(word)) {
                return command;
            }
        }
        throw new UsageException("unknown command '" + word + "'; " + USAGE);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("malformed date '" + text + "': expected YYYY-MM-DD, e.g. 2026-11-24");
        }
    }

    static long parseNumber(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a number, got '" + text + "'");
        }
    }

    private static BatchStatus parseStatus(String text) {
        try {
            return BatchStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown --status '" + text + "': use COMPLETED, FAILED, STOPPED, STARTED, ...");
        }
    }

    /** Bad usage: the process exits 2 with this message. */
    static class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
