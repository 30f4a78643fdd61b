package fr.prma.interactifs.governance.web;

import java.util.ArrayList;
import java.util.List;

import fr.prma.interactifs.documents.service.Library.DocumentChoice;
import fr.prma.interactifs.governance.service.AgendaEntry;

/**
 * One row of the agenda editor: an item as the secretary edits it in place, with what the page offers on it.
 * Read again from the service after every change, so nothing in it outlives the request that showed it.
 */
public final class AgendaRow extends AgendaItemForm {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final boolean canMoveUp;
    private final boolean canMoveDown;
    private final List<DocumentChoice> documents;

    private AgendaRow(AgendaEntry entry) {
        id = entry.id();
        canMoveUp = entry.canMoveUp();
        canMoveDown = entry.canMoveDown();
        documents = entry.documents();
        setTitle(entry.title());
        setPresenter(entry.presenter());
        setDurationMinutes(entry.durationMinutes());
        setDescription(entry.description());
    }

    /** Mutable rows, in the agenda's order: the table's drag and drop moves them in the list it is given. */
    static List<AgendaRow> of(List<AgendaEntry> agenda) {
        return new ArrayList<>(agenda.stream().map(AgendaRow::new).toList());
    }

    public long getId() {
        return id;
    }

    /** "Monter" is offered: not on the first item, nor on the one under the approval of earlier minutes. */
    public boolean isCanMoveUp() {
        return canMoveUp;
    }

    /** "Descendre" is offered: not on the last item, nor on the approval of earlier minutes. */
    public boolean isCanMoveDown() {
        return canMoveDown;
    }

    /** The documents it carries that the secretary may read, with their titles. */
    public List<DocumentChoice> getDocuments() {
        return documents;
    }
}
