package com.giftcardrecon.operations.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line: a command, its own options, and everything else, which goes to
 * Spring Boot as usual ({@code --recon.input-dir=...}, {@code --spring.datasource.url=...}).
 */
record CommandLine(String command, Optional<LocalDate> date, String[] springArgs) {

    static final String USAGE = "usage: giftcard-recon reconcile --date=YYYY-MM-DD [--recon.input-dir=DIR]"
            + " [--recon.output-dir=DIR] [--spring.datasource.url=URL]";

    static CommandLine parse(String[] args) {
        String command = null;
        LocalDate date = null;
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--date=")) {
                date = parseDate(arg.substring("--date=".length()));
            } else if (!arg.startsWith("-") && command == null) {
                command = arg;
            } else {
                spring.add(arg);
            }
        }
        if (command == null) {
            throw new UsageException("no command given; " + USAGE);
        }
        if (!command.equals("reconcile")) {
            throw new UsageException("unknown command '" + command + "'; " + USAGE);
        }
        if (date == null) {
            throw new UsageException("reconcile needs --date=YYYY-MM-DD");
        }
        return new CommandLine(command, Optional.of(date), spring.toArray(String[]::new));
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("malformed date '" + text + "': expected YYYY-MM-DD, e.g. 2026-11-24");
        }
    }

    /** Bad usage: the process exits 2 with this one-line message. */
    static class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
