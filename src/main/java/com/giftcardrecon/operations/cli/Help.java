package com.giftcardrecon.operations.cli;

/**
 * What {@code help}, {@code --help} and {@code -h} print: every command with its options, and
 * what the exit codes mean. Printed before anything starts, so it works without a database.
 */
final class Help {

    static final String TEXT = """
            giftcard-recon: reconciles retailers' activation files against the redemption ledger
            and writes the finance and support workbooks for a business date.

            usage: java -jar giftcard-recon.jar <command> [options] [--name=value settings]

            commands:
              reconcile --date=YYYY-MM-DD
                  run the nightly job for a business date and wait; continues the date's last run
                  if it failed or was stopped, else starts a fresh one (a rerun is always safe)
              runs [--date=YYYY-MM-DD] [--status=COMPLETED|FAILED|STOPPED|STARTED] [--limit=20]
                  list runs, newest first, with the run each one restarted or was restarted by
              restart --run=ID
                  continue a FAILED or STOPPED run from the step that did not finish, and wait
              stop --run=ID
                  ask a running run (of any process) to stop at its next chunk or step boundary
              card --id=CARD [--date=YYYY-MM-DD]
                  a card's whole story: state, every activation record and ledger entry, its cases
              cases [--date=YYYY-MM-DD] [--status=OPEN] [--flag=FLAG] [--limit=N]
                  the support cases whose flag holds, most severe first (default: latest run's date)
              serve
                  the server: nightly schedule, REST API and actuator (the default command)
              generate --dir=DIR [--from=2026-11-23] [--days=20] [--per-day=20000] [--seed=42]
                  write a large, realistic inbox (activations/ and ledger/ under DIR) to try the
                  product at scale; the same options always write the same files
              help, --help, -h
                  this text

            settings: any Spring Boot property, e.g. --recon.input-dir=DIR, --recon.output-dir=DIR,
              --spring.datasource.url=URL, --spring.profiles.active=mysql (README.md, Configuration)

            exit codes: 0 done, 1 the run failed or was refused, 2 bad usage
            """;

    private Help() {
    }
}
