package fr.prma.interactifs.platform.service;

import java.util.Arrays;

import jakarta.ejb.ApplicationException;

/**
 * A use case refused for a reason the person can act on (a required field left empty, a change made by
 * someone else meanwhile…). The message is a key of the i18n bundle, with its parameters; the web layer
 * shows it in the person's language. It rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object[] parameters;

    public BusinessException(String messageKey, Object... parameters) {
        super(messageKey);
        this.parameters = parameters.clone();
    }

    /** Key of the message in the i18n bundle. */
    public String messageKey() {
        return getMessage();
    }

    public Object[] parameters() {
        return parameters.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + getMessage() + " " + Arrays.toString(parameters);
    }
}
