package fr.prma.interactifs.platform.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/** The language the person reads the intranet in: French unless they choose English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale FRENCH = Locale.FRENCH;

    private Locale locale = FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Accepts "fr" or "en"; anything else falls back to French. */
    public void setLanguage(String language) {
        this.locale = Locale.ENGLISH.getLanguage().equals(language) ? Locale.ENGLISH : FRENCH;
    }
}
