package fr.prma.interactifs.platform.service;

/**
 * A parameter of a {@link BusinessException} that is itself a text of the bundle (for example the name of a
 * type of file), so that the service can name it without knowing the reader's language.
 */
public record Label(String key) {

    @Override
    public String toString() {
        return key;
    }
}
