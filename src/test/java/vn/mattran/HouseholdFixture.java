package vn.mattran;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.households.Classification;
import vn.mattran.households.Member;
import vn.mattran.households.internal.HouseholdDraft;
import vn.mattran.households.internal.HouseholdImport;
import vn.mattran.households.internal.Registry;
import vn.mattran.households.internal.Reviews;
import vn.mattran.shared.jobs.Jobs;
import vn.mattran.shared.security.Role;
import vn.mattran.shared.security.SystemUser;

/**
 * Household ids on both sides of the scope border: "in" households, a need, a review round and
 * uploads (one per role that may import: an upload is its uploader's) of Phường Lê Đại Hành;
 * "out" the same of Thị trấn Khe Tre.
 */
public final class HouseholdFixture {

	public final long inHousehold;
	public final long outHousehold;
	public final long inOther;
	public final long inNeed;
	public final long outNeed;
	public final long inReview;
	public final long outReview;
	public final long outUpload;
	public final Map<Role, Long> ownUploads = new EnumMap<>(Role.class);
	/** A background job of each test user, and one of nobody they are (jobs are their owner's only). */
	public final Map<Role, Long> ownJobs = new EnumMap<>(Role.class);
	public final long otherJob;

	public HouseholdFixture(ApplicationContext context, SeedFixture seed) {
		Registry registry = context.getBean(Registry.class);
		Reviews reviews = context.getBean(Reviews.class);
		HouseholdImport imports = context.getBean(HouseholdImport.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		inHousehold = SystemUser.call(() -> registry.create(draft(seed.groupOne, "Hộ thử quyền trong"), true).id());
		inOther = SystemUser.call(() -> registry.create(draft(seed.groupOne, "Hộ thử quyền thứ hai"), true).id());
		outHousehold = SystemUser.call(() -> registry.create(draft(seed.outUnit, "Hộ thử quyền ngoài"), true).id());
		inNeed = need(jdbc, inHousehold);
		outNeed = need(jdbc, outHousehold);
		inReview = SystemUser.call(() -> reviews.open(seed.ward, 2023).id());
		outReview = SystemUser.call(() -> reviews.open(seed.outUnit, 2024).id());
		outUpload = SystemUser.call(() -> imports.upload(seed.outUnit, 2024, "ngoai.csv", csv()).id());
		Jobs jobs = context.getBean(Jobs.class);
		otherJob = SystemUser.call(() -> jobs.submit("access-test", "Việc của người khác", null, "")).id();
		seed.users.forEach((role, user) -> ownJobs.put(role,
				SeedFixture.as(user, () -> jobs.submit("access-test", "Việc thử quyền", null, "")).id()));
		for (Role role : List.of(Role.OFFICER, Role.UNIT_ADMIN, Role.SYSTEM_ADMIN)) {
			ownUploads.put(role, SeedFixture.as(seed.users.get(role),
					() -> imports.upload(seed.ward, 2024, "danh-sach.csv", csv()).id()));
		}
	}

	/** A list of one household in a group of the ward, as a commune keeps it. */
	public static byte[] csv() {
		return "Họ và tên chủ hộ;Năm sinh;Thôn/Tổ;Phân loại\nLê Thị Thử Quyền;1970;Tổ 2;Hộ nghèo\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	private static HouseholdDraft draft(long unit, String name) {
		return new HouseholdDraft(unit, null, null,
				List.of(new Member(null, name, "F", 1960, null, Member.HEAD, null, null, true, null)), 2024,
				Set.of(Classification.POOR), List.of("Sửa nhà"));
	}

	private static long need(JdbcClient jdbc, long household) {
		return jdbc.sql("select id from hh_need where household_id = ?").params(household).query(Long.class).single();
	}
}
