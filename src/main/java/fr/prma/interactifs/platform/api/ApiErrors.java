package fr.prma.interactifs.platform.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;
import fr.prma.interactifs.platform.service.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's refusals as JSON: {@code {"message": "…"}} in French (the cluster's language, as in the screens),
 * with 400 for a refusal of the services, 404 for what does not exist or may not be seen, 409 when someone else
 * changed the resource since the caller read it.
 */
public final class ApiErrors {

    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages", Locale.FRENCH);

    private ApiErrors() {
    }

    /** A message as JSON. */
    public record Message(String message) {
    }

    /** A refusal the API itself decides, with its French message from the bundle. */
    public static Response answer(Response.Status status, String key, Object... parameters) {
        return of(status, new MessageFormat(TEXTS.getString(key), Locale.FRENCH).format(parameters));
    }

    static Response of(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Message(message)).build();
    }

    /** 409 for "changed meanwhile", 400 for the services' other refusals. */
    static Response refused(BusinessException refusal) {
        return of(refusal.messageKey().endsWith("changedMeanwhile") ? Response.Status.CONFLICT
                : Response.Status.BAD_REQUEST, sentence(refusal));
    }

    static String sentence(BusinessException refusal) {
        return new MessageFormat(TEXTS.getString(refusal.messageKey()), Locale.FRENCH)
                .format(Label.resolve(refusal.parameters(), TEXTS::getString));
    }

    @Provider
    public static class Refused implements ExceptionMapper<BusinessException> {
        @Override
        public Response toResponse(BusinessException refusal) {
            return refused(refusal);
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException missing) {
            return of(Response.Status.NOT_FOUND, TEXTS.getString("api.notFound"));
        }
    }

    /** EJBs wrap what they throw when it is not an application exception: unwrap the two the API knows. */
    @Provider
    public static class Wrapped implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException wrapped) {
            Throwable cause = wrapped.getCause();
            if (cause instanceof NotFoundException) {
                return of(Response.Status.NOT_FOUND, TEXTS.getString("api.notFound"));
            }
            if (cause instanceof BusinessException refusal) {
                return refused(refusal);
            }
            for (Throwable link = cause; link != null; link = link.getCause()) {
                if (link instanceof OptimisticLockException) {
                    return of(Response.Status.CONFLICT, TEXTS.getString("api.conflict"));
                }
            }
            return of(Response.Status.INTERNAL_SERVER_ERROR, TEXTS.getString("api.error"));
        }
    }
}
