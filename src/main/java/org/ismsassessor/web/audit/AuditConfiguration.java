package org.ismsassessor.web.audit;

import java.nio.file.Path;
import org.ismsassessor.audit.AuditChain;
import org.ismsassessor.audit.AuditKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit chain's key: {@code assessor.audit.key} (the environment variable ASSESSOR_AUDIT_KEY); without it, the
 * data folder's {@code audit.key}, created at the first start with a warning, for the embedded database only. A
 * service on an external database without the variable does not start (see {@link AuditKey}).
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    AuditChain auditChain(@Value("${assessor.audit.key:}") String key,
            @Value("${assessor.data-folder}") String dataFolder,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        boolean external = !databaseUrl.isBlank() && !databaseUrl.startsWith("jdbc:h2:");
        AuditKey.Loaded loaded = AuditKey.forService(key, Path.of(dataFolder), external);
        if (!key.isBlank()) {
            LOG.info("The audit trail is keyed from ${}.", AuditKey.VARIABLE);
        } else if (loaded.created()) {
            LOG.warn("Created the audit trail's key {} (readable only by you). In production set {} instead, kept apart "
                    + "from the data: whoever holds the key and the database can rewrite the trail.", loaded.source(),
                    AuditKey.VARIABLE);
        } else {
            LOG.warn("The audit trail is keyed from {}; in production set {} instead, kept apart from the data.",
                    loaded.source(), AuditKey.VARIABLE);
        }
        return new AuditChain(loaded.key());
    }
}
