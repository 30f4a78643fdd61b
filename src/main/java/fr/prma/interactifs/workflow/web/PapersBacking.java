package fr.prma.interactifs.workflow.web;

import fr.prma.interactifs.security.CurrentUser;
import fr.prma.interactifs.workflow.service.PapersOverview;
import fr.prma.interactifs.workflow.service.PositionPapers;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /notes/index.xhtml}: the person's papers, what awaits their opinion, the adopted positions. */
@Named
@RequestScoped
public class PapersBacking {

    @EJB
    private PositionPapers papers;

    @Inject
    private CurrentUser currentUser;

    private PapersOverview overview;

    @PostConstruct
    void load() {
        overview = papers.overview(currentUser.actor());
    }

    public PapersOverview getOverview() {
        return overview;
    }
}
