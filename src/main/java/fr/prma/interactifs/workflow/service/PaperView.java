package fr.prma.interactifs.workflow.service;

import java.util.List;
import java.util.Set;

import fr.prma.interactifs.workflow.entity.ReviewStatus;

/** A position paper as its reader sees it, with every round of its review. */
public record PaperView(long id, String title, String summary, String theme, String addressee, String bodyHtml,
        ReviewStatus status, List<Long> authorIds, List<String> authorNames, Set<Long> attachmentIds,
        List<AttachmentView> attachments,
        int versionCount, boolean canEdit, List<StepView> steps, int version) {
}
