package fr.prma.interactifs.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * Time passes, in the integration tests: meetings can only be scheduled in the future, so a test that needs a
 * held meeting moves its schedule into the past directly in the database.
 */
public final class TimeTravel {

    private TimeTravel() {
    }

    /** The meeting started an hour ago and ends in an hour. */
    public static void meetingStartedAnHourAgo(DataSource dataSource, long meetingId) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update meeting set starts_at = ?, ends_at = ? where id = ?")) {
            update.setObject(1, now.minusHours(1));
            update.setObject(2, now.plusHours(1));
            update.setLong(3, meetingId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No meeting " + meetingId);
            }
        }
    }

    /** The review step's deadline passed an hour ago. */
    public static void stepDeadlinePassedAnHourAgo(DataSource dataSource, long stepId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update review_step set deadline_at = ? where id = ?")) {
            update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
            update.setLong(2, stepId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No review step " + stepId);
            }
        }
    }
}
