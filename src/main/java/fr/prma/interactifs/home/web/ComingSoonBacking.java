package fr.prma.interactifs.home.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /bientot.xhtml}, where the navigation leads for the sections not built yet: it names the
 * section and says plainly that it is not there, rather than show invented content.
 */
@Named
@RequestScoped
public class ComingSoonBacking {

    /** Section parameter to the bundle key of its label. */
    private static final Map<String, String> SECTIONS = Map.of(
            "documents", "app.nav.documents",
            "notes", "app.nav.positionPapers");

    private String section;

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    /** Bundle key of the section's label, or of "this section" for an unknown one. */
    public String getSectionLabelKey() {
        return section == null ? "soon.unknown" : SECTIONS.getOrDefault(section, "soon.unknown");
    }
}
