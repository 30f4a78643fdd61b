package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.governance.service.MeetingMinutes;
import fr.prma.interactifs.governance.service.Meetings;
import fr.prma.interactifs.governance.service.MinutesRegister;
import fr.prma.interactifs.governance.service.RegisterFilter;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.platform.web.Feedback;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /instances/registre.xhtml?instance=<slug>}: the register of a body's decisions and actions
 * (from its published minutes), filtered by words, by open actions and by "mine", as GET parameters so that the
 * address can be kept. People who may not see the body's meetings get 404. Whoever an action was given to marks
 * it done here. View-scoped: the buttons of the table's rows need the rows again when clicked.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MeetingMinutes minutes;

    @EJB
    private Meetings meetings;

    @Inject
    private CurrentUser currentUser;

    private String instance;
    private String words;
    private boolean openOnly;
    private boolean mineOnly;

    private BodyCode body;
    private List<MinutesRegister.Decision> decisions;
    private List<MinutesRegister.Action> actions;

    /** View action (first request only). */
    public void load() throws IOException {
        body = BodyCode.fromSlug(instance == null ? "" : instance).orElse(null);
        if (body == null || !meetings.canSee(currentUser.actor(), body)) {
            Feedback.notFound();
            return;
        }
        MinutesRegister register = minutes.register(currentUser.actor(), body,
                new RegisterFilter(words, openOnly, mineOnly));
        decisions = register.decisions();
        actions = register.actions();
    }

    /** "C’est fait" / "Rouvrir" by the person the action was given to. */
    public String markDone(long actionId, boolean done) {
        try {
            minutes.markActionDone(currentUser.actor(), actionId, done);
            Feedback.done(done ? "register.action.done" : "register.action.reopened");
        } catch (BusinessException refused) {
            Feedback.refused(refused);
        } catch (NotFoundException gone) {
            Feedback.refused(new BusinessException("register.action.gone"));
        }
        return "/instances/registre?faces-redirect=true&includeViewParams=true";
    }

    public String getInstance() {
        return instance;
    }

    public void setInstance(String instance) {
        this.instance = instance;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isMineOnly() {
        return mineOnly;
    }

    public void setMineOnly(boolean mineOnly) {
        this.mineOnly = mineOnly;
    }

    public BodyCode getBody() {
        return body;
    }

    public List<MinutesRegister.Decision> getDecisions() {
        return decisions;
    }

    public List<MinutesRegister.Action> getActions() {
        return actions;
    }
}
