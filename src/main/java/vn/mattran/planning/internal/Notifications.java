package vn.mattran.planning.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.mattran.organization.Organization;
import vn.mattran.organization.UnitUser;
import vn.mattran.planning.Notification;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/**
 * Tells the people of a unit that something concerns them: a line in each one's inbox, and an
 * e-mail to those with an address when SMTP is configured (spring.mail.host), sent once the change is committed.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final JdbcClient jdbc;
	private final Organization organization;
	private final ObjectProvider<JavaMailSender> mail;
	private final String from;
	private final String baseUrl;
	private final java.util.concurrent.Executor background;

	Notifications(JdbcClient jdbc, Organization organization, ObjectProvider<JavaMailSender> mail,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") java.util.concurrent.Executor background,
			@Value("${mattran.mail.from:mattran@localhost}") String from,
			@Value("${mattran.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.mail = mail;
		this.background = background;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** Puts the notice in the inbox of every user of the unit; returns how many were told. */
	public int tell(long unitId, String kind, String text, String link) {
		return tell(organization.usersAt(unitId), kind, text, link);
	}

	/** Tells the users of the unit who have at least {@code role} (the leaders who approve, say). */
	public int tell(long unitId, vn.mattran.shared.security.Role role, String kind, String text, String link) {
		return tell(organization.usersAt(unitId).stream().filter(user -> user.role().includes(role)).toList(), kind,
				text, link);
	}

	/** Tells one user of the unit by name (the author of a plan), if they are still there and enabled. */
	public int tellUser(long unitId, String username, String kind, String text, String link) {
		return tell(organization.usersAt(unitId).stream().filter(user -> user.username().equals(username)).toList(),
				kind, text, link);
	}

	private int tell(List<UnitUser> users, String kind, String text, String link) {
		String address = vn.mattran.shared.web.BaseUrl.of(baseUrl) + link;
		for (UnitUser user : users) {
			long id = jdbc.sql("""
					insert into plan_notification (user_id, kind, text, link) values (:user, :kind, :text, :link)
					returning id""")
				.param("user", user.id())
				.param("kind", kind)
				.param("text", text)
				.param("link", link)
				.query(Long.class)
				.single();
			if (user.email() != null && !user.email().isBlank()) {
				afterCommit(() -> email(id, user, text, address));
			}
		}
		return users.size();
	}

	@Transactional(readOnly = true)
	public PageOf<Notification> inbox(boolean unreadOnly, PageRequest page) {
		long user = me();
		String where = " where user_id = :user" + (unreadOnly ? " and read_at is null" : "");
		long total = jdbc.sql("select count(*) from plan_notification" + where).param("user", user).query(Long.class)
			.single();
		List<Notification> rows = jdbc.sql("select id, kind, text, link, created_at, read_at is not null as read"
				+ " from plan_notification" + where + " order by created_at desc, id desc limit :limit offset :offset")
			.param("user", user)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("text"),
					rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("read")))
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public long unread() {
		return CurrentUser.get()
			.map(user -> jdbc.sql("select count(*) from plan_notification where user_id = :user and read_at is null")
				.param("user", user.id()).query(Long.class).single())
			.orElse(0L);
	}

	/** Marks one of the caller's notices read and gives where it points; another user's id is not found. */
	@Transactional
	public String open(long id) {
		return jdbc.sql("update plan_notification set read_at = coalesce(read_at, now()) where id = :id and user_id = :user"
				+ " returning link")
			.param("id", id)
			.param("user", me())
			.query(String.class)
			.optional()
			.orElseThrow(() -> vn.mattran.shared.error.UserFacingException.notFound("notification.error.noSuchId", String.valueOf(id)));
	}

	@Transactional
	public int readAll() {
		return jdbc.sql("update plan_notification set read_at = now() where user_id = :user and read_at is null")
			.param("user", me()).update();
	}

	private void email(long id, UnitUser user, String text, String address) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(user.email());
			message.setSubject("[mattran] " + (text.length() > 120 ? text.substring(0, 117) + "…" : text));
			message.setText("Kính gửi " + user.displayName() + ",\n\n" + text + "\n\nXem tại: " + address
					+ "\n\n-- \nmattran: thông báo tự động, xin đừng trả lời thư này.");
			sender.send(message);
			jdbc.sql("update plan_notification set emailed_at = now() where id = :id").param("id", id).update();
		}
		catch (RuntimeException e) {
			log.warn("Could not e-mail notice {} to {}: {}", id, user.username(), e.getMessage());
		}
	}

	private void afterCommit(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					background.execute(work);
				}
			});
		}
		else {
			background.execute(work);
		}
	}

	private static long me() {
		return CurrentUser.get().orElseThrow(() -> vn.mattran.shared.error.UserFacingException
			.forbidden("error.forbidden")).id();
	}
}
