package fr.prma.interactifs.documents.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.prma.interactifs.documents.service.Visibility;
import fr.prma.interactifs.governance.entity.BodyCode;

/**
 * The visibility as a form asks it ({@code WEB-INF/includes/visibility-choice.xhtml}): a radio "Tout le pôle" /
 * "Certaines instances", and the bodies' checkboxes, enabled only for the second. Bodies ticked before switching
 * back to the whole cluster are not sent: the checkboxes are disabled then.
 */
public class VisibilityChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean someBodies;
    private List<String> bodies = new ArrayList<>();

    /** The whole cluster, until the person chooses otherwise. */
    public VisibilityChoice() {
    }

    /** As the document is now. */
    public VisibilityChoice(boolean visibleToAll, Collection<BodyCode> current) {
        someBodies = !visibleToAll;
        bodies = new ArrayList<>(current.stream().map(Enum::name).toList());
    }

    /** What the form says, for the service (which refuses some bodies without any). */
    public Visibility visibility() {
        if (!someBodies) {
            return Visibility.WHOLE_CLUSTER;
        }
        Set<BodyCode> codes = EnumSet.noneOf(BodyCode.class);
        bodies.forEach(code -> codes.add(BodyCode.valueOf(code)));
        return new Visibility(false, codes);
    }

    /** The radio: {@code true} for "Certaines instances". */
    public boolean isSomeBodies() {
        return someBodies;
    }

    public void setSomeBodies(boolean someBodies) {
        this.someBodies = someBodies;
    }

    public List<String> getBodies() {
        return bodies;
    }

    public void setBodies(List<String> bodies) {
        this.bodies = bodies == null ? new ArrayList<>() : bodies;
    }
}
