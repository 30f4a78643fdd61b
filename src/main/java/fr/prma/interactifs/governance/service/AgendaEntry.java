package fr.prma.interactifs.governance.service;

import java.util.List;

import fr.prma.interactifs.documents.service.Library.DocumentChoice;
import fr.prma.interactifs.governance.entity.AgendaItem;
import fr.prma.interactifs.governance.entity.Meeting;

/**
 * An agenda item as pages show it.
 *
 * @param approval    it approves earlier minutes: it stays first
 * @param canMoveUp   "Monter" is offered: it is not first (nor would it pass the approval of earlier minutes)
 * @param canMoveDown "Descendre" is offered: it is not last (nor would it pass the approval of earlier minutes)
 * @param documents   the documents it carries that the reader may read; the others are not even named
 */
public record AgendaEntry(long id, String title, String presenter, Integer durationMinutes, String description,
                          boolean approval, boolean canMoveUp, boolean canMoveDown, List<DocumentChoice> documents) {

    public AgendaEntry {
        documents = List.copyOf(documents);
    }

    static AgendaEntry of(Meeting meeting, AgendaItem item, List<DocumentChoice> readableDocuments) {
        return new AgendaEntry(item.getId(), item.getTitle(), item.getPresenter(), item.getDurationMinutes(),
                item.getDescription(), item.isApproval(), meeting.canMove(item, -1), meeting.canMove(item, +1),
                readableDocuments);
    }

    /** Whether it carries documents the reader may read. */
    public boolean hasDocuments() {
        return !documents.isEmpty();
    }
}
