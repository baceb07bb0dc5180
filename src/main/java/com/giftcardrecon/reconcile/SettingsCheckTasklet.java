package com.giftcardrecon.reconcile;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guards the stored results against settings that changed since they were computed. A new
 * business zone would move redemptions between days already stored, so the run refuses; new
 * denomination ranges only change flags, so every card is simply recomputed.
 */
class SettingsCheckTasklet implements Tasklet {

    private static final String ZONE = "business-zone";

    private static final String RULES = "rules";

    private final JdbcClient jdbc;

    private final ZoneId zone;

    private final String rules;

    SettingsCheckTasklet(JdbcClient jdbc, ZoneId zone, String rules) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.rules = rules;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Optional<String> storedZone = stored(ZONE);
        if (storedZone.isPresent() && !ZoneId.of(storedZone.get()).equals(zone)) {
            throw new IllegalStateException("recon.business-zone is " + zone + " but this database was loaded with "
                    + storedZone.get() + "; set it back, or reconcile into a fresh database");
        }
        Optional<String> storedRules = stored(RULES);
        if (storedRules.isPresent() && !storedRules.get().equals(rules)) {
            jdbc.sql("UPDATE inbound_file SET reconciled = FALSE WHERE status = 'ACCEPTED'").update();
        }
        store(ZONE, zone.getId(), storedZone.isPresent());
        store(RULES, rules, storedRules.isPresent());
        return RepeatStatus.FINISHED;
    }

    private Optional<String> stored(String name) {
        return jdbc.sql("SELECT setting_value FROM recon_setting WHERE setting_name = ?").param(name).query(String.class).optional();
    }

    private void store(String name, String value, boolean exists) {
        jdbc.sql(exists ? "UPDATE recon_setting SET setting_value = ? WHERE setting_name = ?"
                : "INSERT INTO recon_setting (setting_value, setting_name) VALUES (?, ?)").params(value, name).update();
    }
}
