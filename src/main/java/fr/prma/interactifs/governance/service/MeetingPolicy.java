package fr.prma.interactifs.governance.service;

import java.util.Set;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.entity.BodyRole;
import fr.prma.interactifs.security.Actor;

/**
 * Who may do what with the meetings of a body, decided from the actor and their roles in that body.
 * <ul>
 * <li>Members of a body see its meetings and agendas; the steering committee gathers all of Les Interactifs,
 * so everyone signed in sees its meetings; administrators see everything.</li>
 * <li>Its secretaries, its chair and administrators schedule and change them.</li>
 * <li>Members of the body answer its convocations.</li>
 * <li>Its secretaries and administrators write, circulate and publish its minutes; its chair also reads the
 * drafts; published minutes are read by whoever sees the meetings.</li>
 * </ul>
 * Plain Java, so that the rules are unit tested; the services apply it on every use case.
 */
public final class MeetingPolicy {

    private final Actor actor;
    private final BodyCode body;
    private final Set<BodyRole> roles;

    /**
     * @param roles the actor's roles in this body (empty when they do not sit in it)
     */
    public MeetingPolicy(Actor actor, BodyCode body, Set<BodyRole> roles) {
        this.actor = actor;
        this.body = body;
        this.roles = Set.copyOf(roles);
    }

    public boolean canSee() {
        return actor.administrator() || visibleToEveryone(body) || isMember();
    }

    /** Everyone of the cluster sees the steering committee's meetings and minutes; the other bodies' are theirs. */
    public static boolean visibleToEveryone(BodyCode body) {
        return body == BodyCode.STEERING_COMMITTEE;
    }

    public boolean canChange() {
        return actor.administrator() || roles.contains(BodyRole.SECRETARY) || roles.contains(BodyRole.CHAIR);
    }

    public boolean canAnswer() {
        return isMember();
    }

    public boolean canWriteMinutes() {
        return actor.administrator() || roles.contains(BodyRole.SECRETARY);
    }

    public boolean canReadDraftMinutes() {
        return canWriteMinutes() || roles.contains(BodyRole.CHAIR);
    }

    private boolean isMember() {
        return !roles.isEmpty();
    }
}
