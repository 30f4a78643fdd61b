package fr.prma.interactifs.directory.entity;

/**
 * The kinds of activity the member structures declare (diffusion, production…), used to filter the
 * directory. An organisation's activities are a French sentence; each kind is recognised by its keyword.
 */
public enum Activity {

    DIFFUSION("diffusion"),
    PRODUCTION("production"),
    TEACHING("enseignement"),
    CULTURAL_ACTION("action culturelle"),
    CREATION("création");

    private final String keyword;

    Activity(String keyword) {
        this.keyword = keyword;
    }

    /** Lower-case word that names the activity in an organisation's description. */
    public String keyword() {
        return keyword;
    }
}
