package vn.mattran;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.Numbering;
import vn.mattran.documents.RightTitle;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDraft;
import vn.mattran.documents.internal.render.PdfRenderer;
import vn.mattran.organization.Unit;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.internal.units.UnitDraft;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.organization.internal.units.UnitService;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * Ids from the demo data on both sides of a scope border: "in" is Phường Lê Đại Hành (home of one
 * test user per role), "out" is Khe Tre and Kon Tum, which those users must never reach.
 */
public final class SeedFixture {

	public static final LocalDate WARD_DAY = LocalDate.of(2024, 10, 17);
	public final long ward;
	public final long groupOne;
	public final long outUnit;
	/** Two residential groups of the ward that carry codes, for routes that name a unit by code. */
	public final long codedOne;
	public final long codedTwo;
	public final long inBody;
	public final long outBody;
	public final long inPerson;
	public final long outPerson;
	public final long inPosition;
	public final long outPosition;
	public final long inUser;
	public final long outUser;
	public final long outToken;
	public final long confirmableSuccessor;
	/** Standing boards in and out of scope, a draft of each, and a received document of each. */
	public final long inBoard;
	public final long outBoard;
	public final long inDocument;
	public final long outDocument;
	public final long inIncoming;
	public final long outIncoming;
	public final Map<Role, MattranUser> users = new EnumMap<>(Role.class);
	public final Map<Role, Long> ownTokens = new EnumMap<>(Role.class);
	/** Plans, tasks, campaigns and notices in and out of scope, made once the rest is there. */
	public PlanningFixture planning;
	/** Households, reviews and uploads in and out of scope. */
	public HouseholdFixture households;
	/** Funds, drives and uploaded donation lists in and out of scope (fund imports and day's wage). */
	public FundImportFixture fundImports;
	/** Funds, drives, donations, payments and transfers in and out of scope. */
	public FundFixture funds;

	public SeedFixture(UnitService units, UserAccounts accounts, ApiTokens tokens, JdbcClient jdbc,
			OutgoingDocuments documents, IncomingDocuments incoming) {
		Unit wardUnit = SystemUser.call(() -> units.byCode("00256", WARD_DAY));
		ward = wardUnit.id();
		groupOne = id(jdbc, "select id from org_unit where parent_id = ? and name = 'Tổ dân phố số 1'", ward);
		outUnit = SystemUser.call(() -> units.byCode("20161", LocalDate.of(2021, 1, 1))).id();
		codedOne = coded(units, jdbc, "LDH-T1");
		codedTwo = coded(units, jdbc, "LDH-T2");
		inBody = id(jdbc, "select id from org_body where unit_id = ? and kind = 'COMMITTEE'", ward);
		outBody = id(jdbc, "select id from org_body where unit_id = ? and kind = 'COMMITTEE'", outUnit);
		inPerson = id(jdbc, "select id from org_person where full_name = 'Trần Thanh Tuấn' and unit_id = ?", ward);
		outPerson = id(jdbc, "select id from org_person where full_name = 'Nguyễn Thị Lan'");
		inPosition = id(jdbc, "select id from org_position where person_id = ?", inPerson);
		outPosition = id(jdbc, "select id from org_position where person_id = ?", outPerson);
		// A user of its own, since the access test resets its password and the demo users must stay usable.
		if (jdbc.sql("select count(*) from org_user where username = 't.target'").query(Long.class).single() == 0) {
			SystemUser.run(() -> accounts.createInitial("t.target", IntegrationTest.DEMO_PASSWORD, Role.MEMBER_ORG_OFFICER,
					ward, null, false));
		}
		inUser = id(jdbc, "select id from org_user where username = 't.target'");
		outUser = id(jdbc, "select id from org_user where username = 'kontum'");
		confirmableSuccessor = id(jdbc, """
				select successor_id from org_unit_succession where predecessor_id = ? and confirmed_at is null
				order by successor_id limit 1""", ward);
		inBoard = id(jdbc, "select id from org_body where unit_id = ? and kind = 'STANDING_BOARD'", ward);
		outBoard = id(jdbc, "select b.id from org_body b join org_unit u on u.id = b.unit_id where u.code = '313' and b.kind = 'STANDING_BOARD'");
		inDocument = SystemUser.call(() -> documents.createDraft(plan(inBoard)).id());
		outDocument = SystemUser.call(() -> documents.createDraft(plan(outBoard)).id());
		inIncoming = SystemUser.call(() -> received(incoming, inBoard));
		outIncoming = SystemUser.call(() -> received(incoming, outBoard));
		for (Role role : Role.values()) {
			String username = "t." + role.name().toLowerCase().replace('_', '-');
			long existing = jdbc.sql("select count(*) from org_user where username = ?").param(username)
				.query(Long.class).single();
			if (existing == 0) {
				SystemUser.run(() -> accounts.createInitial(username, IntegrationTest.DEMO_PASSWORD, role,
						role == Role.SYSTEM_ADMIN ? null : ward, null, false));
			}
			MattranUser user = accounts.principal(username).orElseThrow();
			users.put(role, user);
			ownTokens.put(role, as(user, () -> {
				tokens.create("access test");
				return tokens.mine().get(0).id();
			}));
		}
		MattranUser outsider = accounts.principal("kontum").orElseThrow();
		outToken = as(outsider, () -> {
			tokens.create("someone else's");
			return tokens.mine().get(0).id();
		});
	}

	public static DocumentText plan(long board) {
		return new DocumentText(DocumentType.PLAN, board, null, null, RightTitle.FRONT, true, "Hà Nội", "KẾ HOẠCH",
				"Kế hoạch thử quyền truy cập", null, null, "Nội dung.", null, null, null, null, null, null);
	}

	private static long received(IncomingDocuments incoming, long board) {
		byte[] pdf = PdfRenderer.render(plan(board).toContent(), Numbering.draft("KH"));
		return incoming.register(new IncomingDraft(board, WARD_DAY, "1/KH", "Cơ quan thử", WARD_DAY, DocumentType.PLAN,
				"Văn bản đến thử quyền"), "thu.pdf", pdf).id();
	}

	private long coded(UnitService units, JdbcClient jdbc, String code) {
		long existing = jdbc.sql("select count(*) from org_unit where code = ?").param(code).query(Long.class).single();
		if (existing == 0) {
			SystemUser.run(() -> units.create(new UnitDraft(ward, code, "Tổ dân phố thử " + code, null,
					UnitLevel.RESIDENTIAL, null, null, null)));
		}
		return id(jdbc, "select id from org_unit where code = ?", code);
	}

	public static Authentication authentication(MattranUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	public static <T> T as(MattranUser user, java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(user));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static long id(JdbcClient jdbc, String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(Long.class).single();
	}
}
