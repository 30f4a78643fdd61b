package fr.prma.interactifs.documents.web;

import jakarta.faces.event.FacesEvent;
import jakarta.faces.event.PhaseId;

/**
 * PrimeFaces broadcasts a file upload's event while it validates the request, before the other fields of the form
 * (category, visibility, comment...) reach the bean: a listener that reads them would get those of the previous
 * upload. The listener puts the event back for the application phase, when the fields are in the bean, and is
 * called again then.
 */
final class UploadEvents {

    private UploadEvents() {
    }

    /** True when the event was put back for later: the listener returns and will be called again. */
    static boolean deferredUntilFieldsAreUpdated(FacesEvent event) {
        if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION) {
            return false;
        }
        event.setPhaseId(PhaseId.INVOKE_APPLICATION);
        event.queue();
        return true;
    }
}
