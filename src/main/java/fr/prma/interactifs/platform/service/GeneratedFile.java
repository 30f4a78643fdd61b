package fr.prma.interactifs.platform.service;

/**
 * A file the intranet makes for a person to save (the PDF of minutes, a meeting's iCalendar file): the name it
 * is saved under, made from what it is, and its bytes.
 */
public record GeneratedFile(String fileName, byte[] content) {

    public GeneratedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
