package fr.prma.interactifs.governance.web;

import java.io.Serializable;

import fr.prma.interactifs.governance.entity.AgendaItemText;

/**
 * What the secretary types for an agenda item, in the form that adds one or in a row edited in place; the service
 * receives it as an {@link AgendaItemText} and decides.
 */
public class AgendaItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String presenter;
    private Integer durationMinutes;
    private String description;

    AgendaItemText text() {
        return new AgendaItemText(title, presenter, durationMinutes, description);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
