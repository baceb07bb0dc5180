package com.giftcardrecon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * OPERATIONS.md followed literally: every command of its {@code sh} blocks, in order, in one
 * shell, in a directory laid out like a fresh clone's (jobs/, sample-data/). Two things differ
 * from a reader's terminal, neither in the commands' meaning: {@code java -jar
 * target/giftcard-recon.jar} runs the compiled classes (the jar is built after the tests), and
 * the server listens on a free port instead of 8080, which curl is pointed at.
 *
 * <p>Every command must succeed (exit 0), unless its comment says what else it may answer
 * ("409 ...", "exit 1 ..."); then that is what it must do.
 */
class OperationsExamplesTests {

    private static final Path OPERATIONS = Path.of("OPERATIONS.md");

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");

    private static final String MARK = "### command ";

    @TempDir
    Path clone;

    @Test
    void everyCommandOfOperationsMdWorksAsWrittenAfterTheOneBefore() throws Exception {
        Files.createDirectories(clone.resolve("target"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), clone.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("sample-data"), clone.resolve("sample-data"));
        List<String> commands = commands(Files.readString(OPERATIONS));
        assertThat(commands).as("OPERATIONS.md's sh blocks").hasSizeGreaterThan(10);

        Path script = Files.writeString(clone.resolve("examples.sh"), script(commands));
        Process shell = new ProcessBuilder("bash", script.toString()).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(clone.resolve("examples.log").toFile()).start();
        boolean ended = shell.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            shell.destroyForcibly();
        }
        String log = Files.readString(clone.resolve("examples.log"), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "operations-examples.log"), log); // to read when it fails
        assertThat(ended).as("the examples ended in time; their output:%n%s", log).isTrue();
        // The server's JVM (its "serving" line names its pid) ended with the examples, not left running.
        Matcher server = Pattern.compile("serving on port \\d+ \\(pid (\\d+)\\)")
                .matcher(Files.readString(clone.resolve("server.log")));
        assertThat(server.find()).as("the server's start-up line").isTrue();
        assertThat(ProcessHandle.of(Long.parseLong(server.group(1))).filter(ProcessHandle::isAlive))
                .as("the server still running after the examples").isEmpty();

        for (int i = 0; i < commands.size(); i++) {
            String command = commands.get(i);
            if (skipped(command)) {
                continue;
            }
            int exit = exitOf(log, i);
            String comment = command.contains(" # ") ? command.substring(command.lastIndexOf(" # ")) : "";
            if (exit == 0) {
                continue;
            }
            assertThat(allowedFailure(comment, exit, outputOf(log, i)))
                    .as("`%s` exited %d:%n%s", command, exit, outputOf(log, i)).isTrue();
        }
    }

    /** The commands of every sh block, continuation lines joined, blank and comment lines left out. */
    static List<String> commands(String markdown) {
        List<String> commands = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            StringBuilder current = new StringBuilder();
            for (String line : block.group(1).split("\n")) {
                if (current.isEmpty() && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    current.append(line, 0, line.length() - 1);
                } else {
                    commands.add(current.append(line).toString().strip());
                    current.setLength(0);
                }
            }
        }
        return commands;
    }

    private static boolean skipped(String command) {
        return command.startsWith("./mvnw") || isServe(command);
    }

    private static boolean isServe(String command) {
        return command.matches("java (-\\S+ )*-jar target/giftcard-recon\\.jar( serve)?( .*)?")
                && !command.matches(".*\\.jar (reconcile|runs|restart|stop|card|cases|generate|help)\\b.*");
    }

    /** A comment naming a status (e.g. "409 once it has ended") or "exit N" allows that failure. */
    private static boolean allowedFailure(String comment, int exit, String output) {
        Matcher status = Pattern.compile("\\b(4\\d\\d)\\b").matcher(comment);
        while (status.find()) {
            // curl --fail-with-body exits 22 on an HTTP error and has printed the problem detail
            if (exit == 22 && output.contains("\"status\":" + status.group(1))) {
                return true;
            }
        }
        return comment.contains("exit " + exit);
    }

    private static String script(List<String> commands) {
        StringBuilder script = new StringBuilder("""
                # the jar is built after the tests: the same application from the compiled classes
                java() {
                  if [ "$1" = "-jar" ] && [ "$2" = "target/giftcard-recon.jar" ]; then
                    shift 2; set -- -cp "$RECON_CLASSPATH" com.giftcardrecon.GiftcardReconApplication "$@"
                  fi
                  # in the background (a subshell): become the JVM, so $! is its pid and the kill at exit stops it
                  if [ "$BASHPID" != "$$" ]; then exec java "$@"; fi
                  command java "$@"
                }
                # the commands' 8080, in quotes or not, is the free port the server got
                curl() { command curl "${@//localhost:8080/localhost:$PORT}"; }
                PORT=
                trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait' EXIT
                """.replace("$RECON_CLASSPATH", "'" + System.getProperty("java.class.path") + "'"));
        for (int i = 0; i < commands.size(); i++) {
            String command = commands.get(i);
            if (isServe(command)) {
                // In the background, on a free port; the next commands wait until it serves.
                script.append(command.replaceAll(" +#.*$", "")).append(" --server.port=0 > server.log 2>&1 &\n")
                        .append("SERVER=$!\n")
                        .append("for _ in $(seq 1 300); do PORT=$(sed -nE 's/.*serving on port ([0-9]+).*/\\1/p'")
                        .append(" server.log); [ -n \"$PORT\" ] && break; sleep 1; done\n")
                        .append("[ -n \"$PORT\" ] || { echo 'the server did not start:'; cat server.log; exit 1; }\n");
                continue;
            }
            if (skipped(command)) {
                continue;
            }
            script.append("echo '").append(MARK).append(i).append("'\n")
                    .append(command).append('\n')
                    .append("echo \"").append(MARK).append(i).append(" exit $?\"\n");
        }
        return script.toString();
    }

    private static int exitOf(String log, int command) {
        Matcher exit = Pattern.compile(Pattern.quote(MARK + command + " exit ") + "(\\d+)").matcher(log);
        assertThat(exit.find()).as("command %d ran; the output:%n%s", command, log).isTrue();
        return Integer.parseInt(exit.group(1));
    }

    private static String outputOf(String log, int command) {
        int start = log.indexOf(MARK + command + "\n");
        int end = log.indexOf(MARK + command + " exit ");
        return start < 0 || end < 0 ? "" : log.substring(start, end);
    }
}
