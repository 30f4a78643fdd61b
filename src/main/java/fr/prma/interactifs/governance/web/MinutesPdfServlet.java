package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.platform.http.PrivateDownload;
import fr.prma.interactifs.platform.service.GeneratedFile;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /comptes-rendus/<id>.pdf}: the PDF of a published revision of minutes, for a signed-in person who
 * sees the meeting, saved under a name made from the body, the day and the revision; anything else is a 404,
 * like a revision that does not exist.
 */
@WebServlet(name = "minutes-pdf", urlPatterns = "/comptes-rendus/*")
public class MinutesPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PDF = Pattern.compile("/(\\d{1,18})\\.pdf");

    @EJB
    private MeetingMinutes minutes;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PDF.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        GeneratedFile pdf;
        try {
            pdf = path.matches() && currentUser.isKnown()
                    ? minutes.pdf(currentUser.actor(), Long.parseLong(path.group(1))) : null;
        } catch (NotFoundException unknown) {
            pdf = null;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrivateDownload.pdf(response, pdf.fileName(), pdf.content());
    }
}
