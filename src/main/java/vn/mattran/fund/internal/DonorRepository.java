package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
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

	/** The donors of these ids that exist, by id. */
	Map<Long, Donor> findAll(Collection<Long> ids) {
		Map<Long, Donor> found = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select * from fund_donor where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
				.query(DonorRepository::row).list().forEach(d -> found.put(d.id(), d));
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
				select * from fund_donor where name_folded like :like and kind <> 'ANONYMOUS'
				order by name_folded = :folded desc, similarity(name_folded, :folded) desc, id limit :limit
				""").param("like", "%" + folded.replace("%", "").replace("_", "") + "%").param("folded", folded)
			.param("limit", limit).query(DonorRepository::row).list();
	}

	/** Donors with the same name (folded) or the same phone: suggested, never merged silently. */
	List<Donor> similar(String name, String phone) {
		return jdbc.sql("""
				select * from fund_donor
				where kind <> 'ANONYMOUS' and (name_folded = :folded or (:phone <> '' and phone = :phone))
				order by id limit 10
				""").param("folded", VietnameseText.fold(name)).param("phone", phone == null ? "" : phone)
			.query(DonorRepository::row).list();
	}

	static Donor row(ResultSet rs, int n) throws SQLException {
		return new Donor(rs.getLong("id"), DonorKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("address"), rs.getString("phone"));
	}
}
