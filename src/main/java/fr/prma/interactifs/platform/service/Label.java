package fr.prma.interactifs.platform.service;

import java.util.function.Function;

/**
 * A parameter of a {@link BusinessException} that is itself a text of the bundle (for example the name of a
 * type of file), so that the service can name it without knowing the reader's language.
 */
public record Label(String key) {

    /** The parameters of a refusal with each {@code Label} replaced by its text, ready for MessageFormat. */
    public static Object[] resolve(Object[] parameters, Function<String, String> texts) {
        Object[] resolved = parameters.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof Label label) {
                resolved[i] = texts.apply(label.key());
            }
        }
        return resolved;
    }

    @Override
    public String toString() {
        return key;
    }
}
