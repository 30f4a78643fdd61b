package fr.prma.interactifs.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.prma.interactifs.directory.entity.Activity;
import fr.prma.interactifs.directory.entity.OrganisationKind;
import fr.prma.interactifs.directory.service.DirectoryEntry;
import fr.prma.interactifs.directory.service.DirectoryFilter;
import fr.prma.interactifs.directory.service.OrganisationDirectory;
import fr.prma.interactifs.governance.entity.BodyCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /annuaire/index.xhtml}. The filters are plain GET parameters ({@code q}, {@code type},
 * {@code activite}, {@code instance}), so a filtered directory is a link one can keep or send; values that
 * mean nothing are ignored.
 */
@Named
@RequestScoped
public class DirectoryBacking {

    @EJB
    private OrganisationDirectory directory;

    private String text;
    private String kind;
    private String activity;
    private String body;
    private List<DirectoryEntry> entries;

    /** View action. */
    public void search() {
        entries = directory.search(new DirectoryFilter(text, parse(OrganisationKind.class, kind),
                parse(Activity.class, activity), BodyCode.fromSlug(body == null ? "" : body).orElse(null)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Optional.ofNullable(name).flatMap(value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value)).findFirst()).orElse(null);
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public List<Activity> getActivities() {
        return List.of(Activity.values());
    }

    public List<BodyCode> getBodies() {
        return List.of(BodyCode.values());
    }

    public List<DirectoryEntry> getEntries() {
        return entries;
    }

    public int getPeopleCount() {
        return entries.stream().mapToInt(entry -> entry.people().size()).sum();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
