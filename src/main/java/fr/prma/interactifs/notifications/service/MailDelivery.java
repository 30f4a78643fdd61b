package fr.prma.interactifs.notifications.service;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the e-mails of notifications through the Jakarta Mail session {@value #SESSION}, which
 * {@code server-config/post-boot-mail.asadmin} creates when the operator gives an SMTP server. Without it, no
 * e-mail leaves and nothing else changes: the notifications are in the application anyway.
 * <p>
 * E-mails leave after the commit of the change they announce (never for a change rolled back), on the
 * server's managed executor, so that a slow or absent SMTP server never holds a secretary's click. Members are
 * written to one by one: nobody sees the others' addresses.
 */
@ApplicationScoped
public class MailDelivery {

    static final String SESSION = "mail/interactifs";

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** E-mails are written in French, the cluster's language, like the notifications they carry. */
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
            Locale.FRENCH);

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "interactifs.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        Session session = session();
        if (session == null) {
            return;
        }
        executor.execute(() -> mail.addresses().forEach(address -> send(session, mail.notice(), address)));
    }

    private void send(Session session, Notice notice, String address) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(MimeMessage.RecipientType.TO, new Address[] {new InternetAddress(address, true)});
            message.setSubject(TEXT.getString("mail.subjectPrefix") + " " + notice.subject(), "UTF-8");
            message.setText(text(notice), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "E-mail to " + address + " not sent (" + notice.subject() + ")", failed);
        }
    }

    private String text(Notice notice) {
        StringBuilder text = new StringBuilder();
        if (notice.detail() != null) {
            text.append(notice.detail()).append("\n\n");
        }
        if (notice.path() != null) {
            String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
            text.append(base).append(notice.path()).append("\n\n");
        }
        return text.append("--\n").append(TEXT.getString("mail.signature")).append('\n').toString();
    }

    private static Session session() {
        try {
            return (Session) new InitialContext().lookup(SESSION);
        } catch (NamingException notConfigured) {
            LOG.fine("No mail session " + SESSION + ": notifications stay in the application");
            return null;
        }
    }
}
