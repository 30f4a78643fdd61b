package fr.prma.interactifs.documents.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Hands a started import to the runner once the start has committed (never for a start that rolled back). */
@ApplicationScoped
public class ImportEvents {

    @EJB
    private ArchiveImportRunner runner;

    void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportStarted started) {
        runner.submit(started.importId());
    }
}
