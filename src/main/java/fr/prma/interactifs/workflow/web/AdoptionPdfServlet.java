package fr.prma.interactifs.workflow.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.prma.interactifs.platform.http.PrivateDownload;
import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.service.AdoptionPdf;
import fr.prma.interactifs.workflow.service.AdoptionRecord;
import fr.prma.interactifs.workflow.service.AdoptionRecords;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /notes/adoption.pdf?note=<id>}: the adoption record of an adopted position paper, as a PDF, for any
 * signed-in person, saved under a name made from the paper's title; anything else (a paper not adopted, an
 * unknown or malformed id, nobody signed in) is a 404.
 */
@WebServlet(name = "adoption-pdf", urlPatterns = "/notes/adoption.pdf")
public class AdoptionPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    @EJB
    private AdoptionRecords records;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String note = request.getParameter("note");
        Optional<AdoptionRecord> record = note != null && ID.matcher(note).matches() && currentUser.isKnown()
                ? records.find(currentUser.actor(), Long.parseLong(note))
                : Optional.empty();
        if (record.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PrivateDownload.pdf(response, AdoptionPdf.fileName(record.get()), AdoptionPdf.render(record.get()));
    }
}
