package fr.prma.interactifs.directory.service;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.prma.interactifs.security.IdentityMapping;
import fr.prma.interactifs.security.SignedInIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Keeps the directory in line with Keycloak, where administrators manage people and groups: shortly after
 * start-up (again every 10 s while Keycloak is not answering yet, for 10 minutes at most), then every quarter
 * of an hour, and whenever an administrator asks. A sign-in still refreshes
 * the person at once. When Keycloak cannot be read, the directory stays as it was and the next run tries
 * again.
 * <p>
 * One run at a time (a singleton's write lock); no transaction around the calls to Keycloak, one
 * transaction for the writing ({@link PeopleDirectory#synchroniseWithKeycloak}).
 * <p>
 * {@code interactifs.directory.synchronisation=false} turns the automatic runs off (the integration tests that
 * run without Keycloak do); an administrator's request still runs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySynchronisation {

    private static final Logger LOG = Logger.getLogger(DirectorySynchronisation.class.getName());
    private static final long FIRST_RUN_DELAY_MILLIS = 3_000;
    /** Keycloak often starts after the application: the first run is retried this often, for this long. */
    private static final long FIRST_RUN_RETRY_MILLIS = 10_000;
    private static final int FIRST_RUN_ATTEMPTS = 60;

    private int firstRunAttempts;

    @Resource
    private TimerService timers;

    @Inject
    private KeycloakAccounts keycloak;

    @EJB
    private PeopleDirectory people;

    @Inject
    @ConfigProperty(name = "interactifs.directory.synchronisation", defaultValue = "true")
    boolean automatic;

    @PostConstruct
    void scheduleFirstRun() {
        if (!automatic) {
            LOG.info("Automatic directory synchronisation is off (interactifs.directory.synchronisation=false)");
            return;
        }
        // Not during deployment: Keycloak may still be starting, and the application must not wait for it.
        timers.createSingleActionTimer(FIRST_RUN_DELAY_MILLIS, new TimerConfig("first directory synchronisation", false));
    }

    @Timeout
    void firstRun() {
        firstRunAttempts++;
        try {
            synchroniseNow();
        } catch (RuntimeException e) {
            if (firstRunAttempts < FIRST_RUN_ATTEMPTS) {
                LOG.info(() -> "Keycloak cannot be read yet (" + e + "); trying again in "
                        + FIRST_RUN_RETRY_MILLIS / 1000 + " s");
                timers.createSingleActionTimer(FIRST_RUN_RETRY_MILLIS,
                        new TimerConfig("first directory synchronisation, again", false));
            } else {
                LOG.log(Level.WARNING, "Could not synchronise the directory with Keycloak at start-up; the"
                        + " scheduled runs will try again: " + e, e);
            }
        }
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "directory synchronisation")
    void scheduledRun() {
        if (automatic) {
            runQuietly();
        }
    }

    /**
     * An administrator asks for the directory to be read from Keycloak now (after changing groups there).
     *
     * @throws RuntimeException when Keycloak cannot be read (nothing is changed then)
     */
    @RolesAllowed("admin")
    public SynchronisationReport synchroniseOnRequest() {
        return synchroniseNow();
    }

    private SynchronisationReport synchroniseNow() {
        List<SignedInIdentity> accounts = keycloak.readAll().stream().map(IdentityMapping::map).toList();
        SynchronisationReport report = people.synchroniseWithKeycloak(accounts);
        LOG.info(() -> "Directory synchronised with Keycloak: " + report);
        return report;
    }

    private void runQuietly() {
        try {
            synchroniseNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not synchronise the directory with Keycloak; it stays as it was: " + e, e);
        }
    }
}
