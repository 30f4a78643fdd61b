package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.omnifaces.util.Faces;
import org.primefaces.event.ReorderEvent;
import org.primefaces.event.RowEditEvent;

import fr.prma.interactifs.documents.service.Library.DocumentChoice;
import fr.prma.interactifs.governance.service.AgendaEntry;
import fr.prma.interactifs.governance.service.MinutesToApprove;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/ordre-du-jour.xhtml?reunion=<id>}: the secretary adds items to a meeting's agenda,
 * edits them in place, reorders them (drag and drop, or "Monter" / "Descendre" from the keyboard), attaches
 * documents of the library to them and removes them, until the meeting is held. Others get 404; the services
 * check again. After every change the agenda is read again from the service, which decides.
 */
@Named
@ViewScoped
public class AgendaBacking extends MeetingPage {

    private static final long serialVersionUID = 1L;

    private MinutesToApprove minutesToApprove;
    private List<AgendaRow> rows = List.of();
    private AgendaItemForm newItem = new AgendaItemForm();
    private Long documentToAttach;

    /** View action (first request only). */
    public void load() throws IOException {
        if (loadMeeting(true)) {
            minutesToApprove = meetings.minutesToApprove(currentUser.actor(), meetingId).orElse(null);
            rows = AgendaRow.of(meeting.agenda());
        }
    }

    @Override
    protected void reload() {
        super.reload();
        rows = AgendaRow.of(meeting.agenda());
    }

    /** "Ajouter l’approbation du compte rendu du …": the standard item, in one click, first of the agenda. */
    public void addApproval() {
        change(() -> meetings.addMinutesApproval(currentUser.actor(), meetingId));
        minutesToApprove = meetings.minutesToApprove(currentUser.actor(), meetingId).orElse(null);
    }

    /** "Ajouter ce point": the form empties for the next one; on a refusal it keeps what was typed. */
    public void add() {
        try {
            meetings.addAgendaItem(currentUser.actor(), meetingId, newItem.text());
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            return;
        }
        newItem = new AgendaItemForm();
        reload();
    }

    /**
     * An item edited in place is saved. A refusal keeps the row open with what was typed (the table sees a failed
     * validation), and says why.
     */
    public void edited(RowEditEvent<AgendaRow> event) {
        AgendaRow row = event.getObject();
        try {
            meetings.changeAgendaItem(currentUser.actor(), meetingId, row.getId(), row.text());
        } catch (BusinessException refused) {
            Feedback.refused(refused);
            Faces.validationFailed();
            return;
        }
        reload();
    }

    /** The edit is abandoned: the row shows the item as saved. */
    public void editCancelled() {
        reload();
    }

    /**
     * A row dropped elsewhere: the new order is made from the agenda as the page showed it, whatever the table
     * did to its rows meanwhile.
     */
    public void reordered(ReorderEvent event) {
        List<Long> order = new ArrayList<>(meeting.agenda().stream().map(AgendaEntry::id).toList());
        int from = event.getFromIndex();
        int to = event.getToIndex();
        if (from >= 0 && to >= 0 && from < order.size() && to < order.size()) {
            order.add(to, order.remove(from));
            change(() -> meetings.reorderAgenda(currentUser.actor(), meetingId, order));
        } else {
            reload();
        }
    }

    public void moveUp(long itemId) {
        change(() -> meetings.moveAgendaItem(currentUser.actor(), meetingId, itemId, -1));
    }

    public void moveDown(long itemId) {
        change(() -> meetings.moveAgendaItem(currentUser.actor(), meetingId, itemId, +1));
    }

    /** "Retirer" (after the browser's confirmation). */
    public void remove(long itemId) {
        change(() -> meetings.removeAgendaItem(currentUser.actor(), meetingId, itemId));
    }

    /** The documents of the library the secretary may read whose title contains what she types. */
    public List<DocumentChoice> completeDocuments(String words) {
        return meetings.documentsToAttach(currentUser.actor(), words);
    }

    /** A document chosen in an item's search: it is attached at once. */
    public void attach(long itemId) {
        Long documentId = documentToAttach;
        documentToAttach = null;
        if (documentId != null) {
            change(() -> meetings.attachDocument(currentUser.actor(), meetingId, itemId, documentId));
        }
    }

    public void detach(long itemId, long documentId) {
        change(() -> meetings.detachDocument(currentUser.actor(), meetingId, itemId, documentId));
    }

    /** One change of the agenda: a refusal is said on the page; either way, the page shows the agenda as it is. */
    private void change(Runnable useCase) {
        try {
            useCase.run();
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        }
        reload();
    }

    public MinutesToApprove getMinutesToApprove() {
        return minutesToApprove;
    }

    public List<AgendaRow> getRows() {
        return rows;
    }

    /** The form that adds an item. */
    public AgendaItemForm getNewItem() {
        return newItem;
    }

    public Long getDocumentToAttach() {
        return documentToAttach;
    }

    public void setDocumentToAttach(Long documentToAttach) {
        this.documentToAttach = documentToAttach;
    }
}
