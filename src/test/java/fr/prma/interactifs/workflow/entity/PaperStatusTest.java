package fr.prma.interactifs.workflow.entity;

import static fr.prma.interactifs.workflow.entity.PaperStatus.ADOPTED;
import static fr.prma.interactifs.workflow.entity.PaperStatus.CHANGES_REQUESTED;
import static fr.prma.interactifs.workflow.entity.PaperStatus.DRAFT;
import static fr.prma.interactifs.workflow.entity.PaperStatus.IN_REVIEW;
import static fr.prma.interactifs.workflow.entity.PaperStatus.REJECTED;
import static fr.prma.interactifs.workflow.entity.PaperStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;

/** Every allowed and every refused move of a position paper's status. */
class PaperStatusTest {

    private static final Map<PaperStatus, Set<PaperStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(IN_REVIEW, WITHDRAWN),
            IN_REVIEW, EnumSet.of(IN_REVIEW, CHANGES_REQUESTED, ADOPTED, REJECTED, WITHDRAWN),
            CHANGES_REQUESTED, EnumSet.of(IN_REVIEW, WITHDRAWN),
            ADOPTED, EnumSet.noneOf(PaperStatus.class),
            REJECTED, EnumSet.noneOf(PaperStatus.class),
            WITHDRAWN, EnumSet.noneOf(PaperStatus.class));

    @Test
    void eachStatusMovesExactlyWhereTheCircuitSays() {
        for (PaperStatus from : PaperStatus.values()) {
            for (PaperStatus to : PaperStatus.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    assertEquals(to, from.moveTo(to), from + " → " + to);
                } else {
                    BusinessException refused = assertThrows(BusinessException.class, () -> from.moveTo(to),
                            from + " → " + to + " must be refused");
                    assertEquals("workflow.error.transition", refused.messageKey());
                    assertEquals(new Label("workflow.status." + from), refused.parameters()[0]);
                    assertEquals(new Label("workflow.status." + to), refused.parameters()[1]);
                }
            }
        }
    }

    @Test
    void adoptedRejectedAndWithdrawnAreFinal() {
        assertEquals(EnumSet.of(ADOPTED, REJECTED, WITHDRAWN),
                EnumSet.copyOf(java.util.Arrays.stream(PaperStatus.values()).filter(PaperStatus::isFinal).toList()));
    }

    @Test
    void onlyADraftOrAPaperSentBackMayBeChangedByItsAuthors() {
        assertEquals(EnumSet.of(DRAFT, CHANGES_REQUESTED),
                EnumSet.copyOf(java.util.Arrays.stream(PaperStatus.values()).filter(PaperStatus::isEditable).toList()));
    }
}
