package vn.mattran.planning.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.Organization;
import vn.mattran.planning.CalendarEvent;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.SystemUser;

/**
 * A personal iCalendar feed a phone or mail program subscribes to: its address holds a secret
 * only a hash of which is kept; making a new one ends the old. The feed shows what the user's own
 * calendar shows, with their scope as it is when it is read (a disabled user's feed is gone).
 */
@Service
public class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final PlanCalendar calendar;
	private final Organization organization;
	private final Clock clock;
	private final String baseUrl;

	CalendarFeeds(JdbcClient jdbc, PlanCalendar calendar, Organization organization, Clock clock,
			@Value("${mattran.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** A new secret address for the caller's feed, shown once; any earlier address stops working. */
	@Transactional
	public String renew() {
		MattranUser user = CurrentUser.get().orElseThrow();
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				insert into plan_calendar_feed (user_id, token_hash) values (:user, :hash)
				on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()""")
			.param("user", user.id())
			.param("hash", hash(token))
			.update();
		return vn.mattran.shared.web.BaseUrl.of(baseUrl) + "/public/calendar/" + token + ".ics";
	}

	@Transactional(readOnly = true)
	public boolean exists() {
		return CurrentUser.get().map(user -> jdbc.sql("select count(*) from plan_calendar_feed where user_id = :user")
			.param("user", user.id()).query(Long.class).single() > 0).orElse(false);
	}

	@Transactional
	public void end() {
		CurrentUser.get().ifPresent(user -> jdbc.sql("delete from plan_calendar_feed where user_id = :user")
			.param("user", user.id()).update());
	}

	/** The feed behind a secret address: half a year back, a year ahead; empty when the address is unknown. */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id from plan_calendar_feed where token_hash = :hash").param("hash", hash(token))
			.query(Long.class)
			.optional()
			.flatMap(organization::enabledUser)
			.map(user -> SystemUser.as(user, () -> {
				LocalDate today = LocalDate.now(clock);
				return ical(user, calendar.between(today.minusMonths(6), today.plusYears(1)));
			}));
	}

	static String ical(MattranUser user, java.util.List<CalendarEvent> events) {
		ICalendar ical = new ICalendar();
		ical.setProductId("-//mattran//lich cong tac//VI");
		ical.setName("mattran – " + user.displayName());
		ical.setRefreshInterval(new Duration.Builder().hours(6).build());
		for (CalendarEvent event : events) {
			VEvent vevent = new VEvent();
			LocalDate day = event.day() != null ? event.day() : event.month().atDay(1);
			// The same event keeps the same identity from one reading of the feed to the next.
			vevent.setUid("mattran-" + event.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + day + "-"
					+ java.util.UUID.nameUUIDFromBytes((event.title() + "|" + event.link())
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@mattran");
			vevent.setSummary(event.wholeMonth() ? event.title() + " (trong tháng " + day.getMonthValue() + ")"
					: event.title());
			if (event.detail() != null) {
				vevent.setDescription(event.detail());
			}
			vevent.setDateStart(date(day), false);
			vevent.setDateEnd(date(event.wholeMonth() ? event.month().atEndOfMonth().plusDays(1) : day.plusDays(1)), false);
			ical.addEvent(vevent);
		}
		return Biweekly.write(ical).go();
	}

	/** A day without a time: biweekly writes it as the date in the JVM's zone, so it is made at midnight there. */
	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
