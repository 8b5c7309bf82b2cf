package vn.mattran.planning;

import java.time.OffsetDateTime;

/** A line in a user's inbox: what happened, where to look, and whether it was read. */
public record Notification(long id, String kind, String text, String link, OffsetDateTime createdAt, boolean read) {
}
