package com.giftcardrecon.operations.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.giftcardrecon.GiftcardReconApplication;
import com.giftcardrecon.operations.ReconContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Property values of secrets never reach the log or an error, however they are mistyped. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTests {

    @Test
    void aPasswordWithoutItsSchemeIsNamedButNeverEchoed(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(GiftcardReconApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.datasource.url=" + ReconContext.freshDatabaseUrl(),
                        "--spring.quartz.auto-startup=false", "--spring.quartz.scheduler-name=secrets-tests",
                        "--recon.security.users[0].username=ops",
                        "--recon.security.users[0].password=plain-Secret-4711",
                        "--recon.security.users[0].roles=OPERATOR"))
                .satisfies(e -> assertThat(allMessages(e)).doesNotContain("plain-Secret-4711"));

        assertThat(output.getAll()).contains("recon.security.users[0].password", "{bcrypt}")
                .doesNotContain("plain-Secret-4711");
    }

    private static String allMessages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }
}
