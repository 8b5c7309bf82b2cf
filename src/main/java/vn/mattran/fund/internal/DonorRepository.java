package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.shared.security.Scope;
import vn.mattran.shared.text.VietnameseText;

/** Donors, found by their name without diacritics. */
@Repository
class DonorRepository {

	private final JdbcClient jdbc;

	DonorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Donor> find(long id) {
		return jdbc.sql("select * from fund_donor where id = :id").param("id", id).query(DonorRepository::row).optional();
	}

	/**
	 * The donors a donation given these ids goes to, by the id given: the donor itself, or the record it was merged
	 * into. The given rows are share-locked, so a merge running meanwhile is waited for, not raced.
	 */
	Map<Long, Donor> forDonations(Collection<Long> ids) {
		Map<Long, Donor> found = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("""
					select o.id as asked, r.* from fund_donor o join fund_donor r on r.id = coalesce(o.merged_into, o.id)
					where o.id = any(:ids) for share of o
					""").param("ids", ids.toArray(Long[]::new))
				.query((ResultSet rs) -> {
					found.put(rs.getLong("asked"), row(rs, 0));
				});
		}
		return found;
	}

	/** Stores new donors in one statement; their ids in the same order. */
	List<Long> insertAll(List<Donor> donors) {
		Long[] ids = Ids.take(jdbc, "fund_donor", donors.size());
		jdbc.sql("""
				insert into fund_donor (id, kind, name, name_folded, address, phone)
				select * from unnest(:ids, :kinds, :names, :folded, :addresses, :phones)
				""").param("ids", ids).param("kinds", donors.stream().map(d -> d.kind().name()).toArray(String[]::new))
			.param("names", donors.stream().map(Donor::name).toArray(String[]::new))
			.param("folded", donors.stream().map(d -> VietnameseText.fold(d.name())).toArray(String[]::new))
			.param("addresses", donors.stream().map(Donor::address).toArray(String[]::new))
			.param("phones", donors.stream().map(Donor::phone).toArray(String[]::new)).update();
		return List.of(ids);
	}

	long insert(DonorKind kind, String name, String address, String phone) {
		return jdbc.sql("""
				insert into fund_donor (kind, name, name_folded, address, phone) values (:kind, :name, :folded, :address, :phone)
				returning id
				""").param("kind", kind.name()).param("name", name).param("folded", VietnameseText.fold(name))
			.param("address", address).param("phone", phone).query(Long.class).single();
	}

	/** Donors whose name contains the words typed, without diacritics; the closest first. */
	List<Donor> search(String text, int limit) {
		String folded = VietnameseText.fold(text);
		if (folded.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from fund_donor where name_folded like :like and kind <> 'ANONYMOUS' and merged_into is null
				order by name_folded = :folded desc, similarity(name_folded, :folded) desc, id limit :limit
				""").param("like", "%" + folded.replace("%", "").replace("_", "") + "%").param("folded", folded)
			.param("limit", limit).query(DonorRepository::row).list();
	}

	/** Donors with the same name (folded) or the same phone: suggested, never merged silently. */
	List<Donor> similar(String name, String phone) {
		return jdbc.sql("""
				select * from fund_donor
				where kind <> 'ANONYMOUS' and merged_into is null
				  and (name_folded = :folded or (:phone <> '' and phone = :phone))
				order by id limit 10
				""").param("folded", VietnameseText.fold(name)).param("phone", phone == null ? "" : phone)
			.query(DonorRepository::row).list();
	}

	/** The donor's donations in funds of the scope, newest first. */
	List<Donors.Given> given(long donorId, Scope scope) {
		String within = scope.everything() ? "true" : "f.unit_path <@ cast(:scope as ltree[])";
		return jdbc.sql("""
				select d.id, d.receipt_number, d.amount, d.received_on, d.channel, d.voided_at is not null, f.name, v.title
				from fund_donation d join fund_fund f on f.id = d.fund_id left join fund_drive v on v.id = d.drive_id
				where d.donor_id = :donor and %s order by d.received_on desc, d.id desc limit 500
				""".formatted(within)).param("donor", donorId).param("scope", scope.sqlArray())
			.query((rs, n) -> new Donors.Given(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
					Channel.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	/** How many of the donor's donations and pledges lie in funds outside the scope, and how many inside. */
	long[] reach(long donorId, Scope scope) {
		String within = scope.everything() ? "true" : "f.unit_path <@ cast(:scope as ltree[])";
		return jdbc.sql("""
				select count(*) filter (where not (%1$s)), count(*) filter (where %1$s)
				from (select fund_id from fund_donation where donor_id = :donor
				      union all select fund_id from fund_pledge where donor_id = :donor) g
				join fund_fund f on f.id = g.fund_id
				""".formatted(within)).param("donor", donorId).param("scope", scope.sqlArray())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** The record another was merged into, if it was. */
	Optional<Long> mergedInto(long donorId) {
		return jdbc.sql("select merged_into from fund_donor where id = :id").param("id", donorId)
			.query((rs, n) -> (Long) rs.getObject(1)).optional().filter(Objects::nonNull);
	}

	/** Moves the donations and pledges of {@code from} to {@code into} and marks {@code from} merged; rows moved. */
	int merge(long from, long into) {
		int moved = jdbc.sql("update fund_donation set donor_id = :into where donor_id = :from").param("into", into)
			.param("from", from).update();
		moved += jdbc.sql("update fund_pledge set donor_id = :into where donor_id = :from").param("into", into)
			.param("from", from).update();
		jdbc.sql("update fund_donor set merged_into = :into where id = :from or merged_into = :from").param("into", into)
			.param("from", from).update();
		return moved;
	}

	static Donor row(ResultSet rs, int n) throws SQLException {
		return new Donor(rs.getLong("id"), DonorKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("address"), rs.getString("phone"));
	}
}
