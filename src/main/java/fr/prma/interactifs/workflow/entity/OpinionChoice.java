package fr.prma.interactifs.workflow.entity;

/** What a member of the step's body says of what is reviewed. */
public enum OpinionChoice {
    FAVOURABLE,
    FAVOURABLE_WITH_RESERVATIONS,
    UNFAVOURABLE,
    /** The member has spoken (counts towards the quorum) but casts no vote. */
    ABSTENTION;

    public boolean isFavourable() {
        return this == FAVOURABLE || this == FAVOURABLE_WITH_RESERVATIONS;
    }

    /** Whether it is a vote cast, for or against: every choice but abstention. */
    public boolean isVoteCast() {
        return this != ABSTENTION;
    }
}
