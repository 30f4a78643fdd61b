package fr.prma.interactifs.platform.web;

import java.io.IOException;
import java.text.MessageFormat;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;

/**
 * What the backing beans tell people: messages from the bundle, in the page's language, and the 404 that a
 * missing or forbidden object gets.
 */
public final class Feedback {

    private Feedback() {
    }

    /** A refusal of the services, on this page: what was typed stays in the form. */
    public static void refused(BusinessException refusal) {
        Messages.addGlobalError(text(refusal.messageKey()), parameters(refusal));
    }

    /** The sentence of a refusal, to show beside what it concerns (a file among several, for example). */
    public static String sentence(BusinessException refusal) {
        return MessageFormat.format(text(refusal.messageKey()), parameters(refusal));
    }

    private static Object[] parameters(BusinessException refusal) {
        return Label.resolve(refusal.parameters(), Feedback::text);
    }

    /** A confirmation shown on the page that the action redirects to. */
    public static void done(String key, Object... parameters) {
        Messages.addFlashGlobalInfo(text(key), parameters);
    }

    /** A warning shown on the page that the action redirects to. */
    public static void warning(String key, Object... parameters) {
        Messages.addFlashGlobalWarn(text(key), parameters);
    }

    /** Answers 404: the object does not exist, or the person may not know it does. */
    public static void notFound() throws IOException {
        Faces.responseSendError(404, "Not found");
    }

    public static String text(String key) {
        return Faces.getResourceBundle("msg").getString(key);
    }
}
