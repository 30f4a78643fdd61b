package fr.prma.interactifs.workflow.entity;

/**
 * What the authors write of a position paper: title, summary, theme, the institution it is addressed to, and the
 * body text (sanitised HTML, sanitised again by the paper).
 */
public record PaperDraft(String title, String summary, String theme, String addressee, String bodyHtml) {
}
