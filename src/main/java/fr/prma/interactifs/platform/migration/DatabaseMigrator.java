package fr.prma.interactifs.platform.migration;

import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Brings the database schema up to date at start-up, before anything uses JPA: the same Flyway scripts
 * ({@code db/migration}) on H2 and PostgreSQL. Bean-managed transactions, because Flyway commits each
 * migration itself. If a migration fails the deployment fails, rather than serve a half-migrated database.
 * <p>
 * {@code interactifs.db.schema} (optional) names the schema to migrate, created if missing; the data
 * source's URL must then select the same schema for JPA (for PostgreSQL: {@code ?currentSchema=...}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "jdbc/interactifs")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "interactifs.db.schema")
    private Optional<String> schema;

    @PostConstruct
    void migrate() {
        FluentConfiguration configuration = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration");
        schema.filter(name -> !name.isBlank()).ifPresent(name -> configuration.schemas(name).defaultSchema(name));
        MigrateResult result = configuration.load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }
}
