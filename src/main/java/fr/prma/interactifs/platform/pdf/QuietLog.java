package fr.prma.interactifs.platform.pdf;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's log, sent to java.util.logging (hence Payara's server log) under its own logger names,
 * with its progress messages (INFO: "Loading font...", for every PDF) lowered to FINE. Its default logger
 * writes to the console with a handler of its own.
 */
final class QuietLog implements XRLogger {

    private static final String LOG_ROOT = "com.openhtmltopdf";

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof QuietLog)) {
            XRLog.setLoggerImpl(new QuietLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(lowered(level), message, error);
    }

    @Override
    public void setLevel(String where, Level level) {
        // levels are the logging configuration's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(LOG_ROOT).isLoggable(lowered(diagnostic.getLevel()));
    }

    private static Level lowered(Level level) {
        return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
    }
}
