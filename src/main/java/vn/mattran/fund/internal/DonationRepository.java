package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Donation;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.shared.text.VietnameseText;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Donations with their donors and receipt numbers. */
@Repository
class DonationRepository {

	private static final String SELECT = """
			select d.*, o.kind as donor_kind, o.name as donor_name, o.address as donor_address, o.phone as donor_phone
			from fund_donation d join fund_donor o on o.id = d.donor_id
			""";

	private final JdbcClient jdbc;

	DonationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewDonation(long fundId, Long driveId, long donorId, long amount, LocalDate receivedOn, Channel channel,
			long unitId, String unitPath, String inKind, String note, Long pledgeId, int receiptYear, int receiptSerial,
			String receiptNumber, long entryId, String source, String createdBy) {
	}

	Optional<Donation> find(long id) {
		return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DonationRepository::row).optional();
	}

	Optional<Donation> bySource(String source) {
		return jdbc.sql(SELECT + " where d.source = :source").param("source", source).query(DonationRepository::row)
			.optional();
	}

	/** The donations already recorded from these sources, by source. */
	Map<String, Donation> bySources(Collection<String> sources) {
		Map<String, Donation> found = new HashMap<>();
		if (!sources.isEmpty()) {
			jdbc.sql(SELECT + " where d.source = any(:sources)").param("sources", sources.toArray(String[]::new))
				.query((ResultSet rs) -> {
					found.put(rs.getString("source"), row(rs, 0));
				});
		}
		return found;
	}

	/** The unit path a donation was collected in, for scope checks. */
	String unitPath(long id) {
		return jdbc.sql("select unit_path::text from fund_donation where id = :id").param("id", id).query(String.class)
			.single();
	}

	long insert(NewDonation d) {
		return jdbc.sql("""
				insert into fund_donation (fund_id, drive_id, donor_id, amount, received_on, channel, unit_id, unit_path,
				    in_kind, note, pledge_id, receipt_year, receipt_serial, receipt_number, entry_id, source, created_by)
				values (:fund, :drive, :donor, :amount, :on, :channel, :unit, cast(:path as ltree), :inKind, :note, :pledge,
				    :year, :serial, :number, :entry, :source, :by)
				returning id
				""").param("fund", d.fundId()).param("drive", d.driveId()).param("donor", d.donorId())
			.param("amount", d.amount()).param("on", d.receivedOn()).param("channel", d.channel().name())
			.param("unit", d.unitId()).param("path", d.unitPath()).param("inKind", d.inKind()).param("note", d.note())
			.param("pledge", d.pledgeId()).param("year", d.receiptYear()).param("serial", d.receiptSerial())
			.param("number", d.receiptNumber()).param("entry", d.entryId()).param("source", d.source())
			.param("by", d.createdBy()).query(Long.class).single();
	}

	/** Stores many donations in one statement; their ids in the same order. */
	List<Long> insertAll(List<NewDonation> rows) {
		Long[] ids = Ids.take(jdbc, "fund_donation", rows.size());
		jdbc.sql("""
				insert into fund_donation (id, fund_id, drive_id, donor_id, amount, received_on, channel, unit_id, unit_path,
				    in_kind, note, pledge_id, receipt_year, receipt_serial, receipt_number, entry_id, source, created_by)
				select id, fund, drive, donor, amount, received, channel, unit, cast(path as ltree), in_kind, note, pledge, year,
				       serial, number, entry, source, by
				from unnest(:ids, :funds, :drives, :donors, :amounts, cast(:days as date[]), :channels, :units, :paths, :inKind,
				     :notes, :pledges, :years, :serials, :numbers, :entries, :sources, :by)
				     as r(id, fund, drive, donor, amount, received, channel, unit, path, in_kind, note, pledge, year, serial,
				          number, entry, source, by)
				""").param("ids", ids)
			.param("funds", rows.stream().map(NewDonation::fundId).toArray(Long[]::new))
			.param("drives", rows.stream().map(NewDonation::driveId).toArray(Long[]::new))
			.param("donors", rows.stream().map(NewDonation::donorId).toArray(Long[]::new))
			.param("amounts", rows.stream().map(NewDonation::amount).toArray(Long[]::new))
			.param("days", rows.stream().map(r -> r.receivedOn().toString()).toArray(String[]::new))
			.param("channels", rows.stream().map(r -> r.channel().name()).toArray(String[]::new))
			.param("units", rows.stream().map(NewDonation::unitId).toArray(Long[]::new))
			.param("paths", rows.stream().map(NewDonation::unitPath).toArray(String[]::new))
			.param("inKind", rows.stream().map(NewDonation::inKind).toArray(String[]::new))
			.param("notes", rows.stream().map(NewDonation::note).toArray(String[]::new))
			.param("pledges", rows.stream().map(NewDonation::pledgeId).toArray(Long[]::new))
			.param("years", rows.stream().map(NewDonation::receiptYear).toArray(Integer[]::new))
			.param("serials", rows.stream().map(NewDonation::receiptSerial).toArray(Integer[]::new))
			.param("numbers", rows.stream().map(NewDonation::receiptNumber).toArray(String[]::new))
			.param("entries", rows.stream().map(NewDonation::entryId).toArray(Long[]::new))
			.param("sources", rows.stream().map(NewDonation::source).toArray(String[]::new))
			.param("by", rows.stream().map(NewDonation::createdBy).toArray(String[]::new)).update();
		return List.of(ids);
	}

	void markVoided(long id, String reason, long entryId) {
		jdbc.sql("update fund_donation set voided_at = now(), void_reason = :reason, void_entry_id = :entry where id = :id")
			.param("reason", reason).param("entry", entryId).param("id", id).update();
	}

	PageOf<Donation> search(long fundId, DonationFilter filter, PageRequest page) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>(List.of("d.fund_id = :fund"));
		params.put("fund", fundId);
		if (filter.driveId() != null) {
			where.add("d.drive_id = :drive");
			params.put("drive", filter.driveId());
		}
		String donor = filter.donor() == null ? "" : VietnameseText.fold(filter.donor());
		if (!donor.isEmpty()) {
			where.add("(o.name_folded like :donor or d.receipt_number = :number)");
			params.put("donor", "%" + donor.replace("%", "").replace("_", "") + "%");
			params.put("number", filter.donor().strip());
		}
		if (filter.channel() != null) {
			where.add("d.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.from() != null) {
			where.add("d.received_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("d.received_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.voided() != null) {
			where.add(filter.voided() ? "d.voided_at is not null" : "d.voided_at is null");
		}
		String condition = String.join(" and ", where);
		long total = jdbc.sql("select count(*) from fund_donation d join fund_donor o on o.id = d.donor_id where " + condition)
			.params(params).query(Long.class).single();
		List<Donation> rows = jdbc.sql(SELECT + " where " + condition + " order by " + order(filter.sort())
				+ " limit :limit offset :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query(DonationRepository::row).list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	private static String order(String sort) {
		return switch (sort == null ? "" : sort) {
			case "amount" -> "d.amount desc, d.id desc";
			case "amount-asc" -> "d.amount, d.id";
			case "date-asc" -> "d.received_on, d.id";
			case "receipt" -> "d.receipt_year, d.receipt_serial";
			default -> "d.received_on desc, d.id desc";
		};
	}

	static Donation row(ResultSet rs, int n) throws SQLException {
		Donor donor = new Donor(rs.getLong("donor_id"), DonorKind.valueOf(rs.getString("donor_kind")),
				rs.getString("donor_name"), rs.getString("donor_address"), rs.getString("donor_phone"));
		return new Donation(rs.getLong("id"), rs.getLong("fund_id"), (Long) rs.getObject("drive_id"), donor,
				rs.getLong("amount"), rs.getObject("received_on", LocalDate.class), Channel.valueOf(rs.getString("channel")),
				rs.getLong("unit_id"), rs.getString("in_kind"), rs.getString("note"), (Long) rs.getObject("pledge_id"),
				rs.getString("receipt_number"), rs.getLong("entry_id"), rs.getObject("voided_at") != null,
				rs.getString("void_reason"), rs.getString("created_by"));
	}
}
