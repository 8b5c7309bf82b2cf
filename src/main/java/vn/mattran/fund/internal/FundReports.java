package vn.mattran.fund.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.fund.Drive;
import vn.mattran.fund.Fund;
import vn.mattran.organization.Organization;
import vn.mattran.organization.Unit;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.format.Formats;

/**
 * What a fund collected and paid out in a period: donations by drive, by kind of donor and by
 * channel (voided receipts left out), progress against every target of its drives with the units
 * below included, and support paid by kind and by area. No beneficiary is named: these are the
 * figures a committee discloses.
 */
@Service
public class FundReports {

	private final JdbcClient jdbc;
	private final Funds funds;
	private final Drives drives;
	private final Organization organization;

	FundReports(JdbcClient jdbc, Funds funds, Drives drives, Organization organization) {
		this.jdbc = jdbc;
		this.funds = funds;
		this.drives = drives;
		this.organization = organization;
	}

	/** A row of a total: what it groups by (a key and a label), how many, how much. */
	public record Total(String key, String label, long count, long amount) {
	}

	public record DriveProgress(Drive drive, List<Drives.Progress> targets) {
	}

	public record Report(Fund fund, LocalDate from, LocalDate to, List<Total> byDrive, List<Total> byDonorKind,
			List<Total> byChannel, long collected, long donations, List<DriveProgress> progress, List<Total> paidByKind,
			List<Total> paidByArea, long paid) {
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Report of(long fundId, LocalDate from, LocalDate to) {
		Fund fund = funds.get(fundId);
		LocalDate start = from == null ? LocalDate.of(funds.today().getYear(), 1, 1) : from;
		LocalDate end = to == null ? funds.today() : to;
		if (end.isBefore(start)) {
			throw new InvalidInput("to", "fund.report.error.order", Formats.date(start), Formats.date(end));
		}
		Map<String, Object> period = Map.of("fund", fundId, "from", start, "to", end);
		List<Total> byDrive = totals("""
				select coalesce(d.drive_id::text, ''), coalesce(min(v.title), ''), count(*), sum(d.amount)
				from fund_donation d left join fund_drive v on v.id = d.drive_id
				where d.fund_id = :fund and d.voided_at is null and d.received_on between :from and :to
				group by d.drive_id order by 4 desc
				""", period);
		List<Total> byKind = totals("""
				select o.kind, o.kind, count(*), sum(d.amount)
				from fund_donation d join fund_donor o on o.id = d.donor_id
				where d.fund_id = :fund and d.voided_at is null and d.received_on between :from and :to
				group by o.kind order by 4 desc
				""", period);
		List<Total> byChannel = totals("""
				select d.channel, d.channel, count(*), sum(d.amount) from fund_donation d
				where d.fund_id = :fund and d.voided_at is null and d.received_on between :from and :to
				group by d.channel order by 4 desc
				""", period);
		List<Total> paidByKind = totals("""
				select support_kind, support_kind, count(*), sum(amount) from fund_disbursement
				where fund_id = :fund and status in ('PAID', 'ACKNOWLEDGED') and paid_on between :from and :to
				group by support_kind order by 4 desc
				""", period);
		List<Total> paidByArea = named(totals("""
				select unit_id::text, '', count(*), sum(amount) from fund_disbursement
				where fund_id = :fund and status in ('PAID', 'ACKNOWLEDGED') and paid_on between :from and :to
				group by unit_id order by 4 desc
				""", period));
		List<DriveProgress> progress = drives.list(fundId).stream()
			.filter(d -> !d.endsOn().isBefore(start) && !d.startsOn().isAfter(end))
			.map(d -> new DriveProgress(d, drives.progress(d.id()))).toList();
		return new Report(fund, start, end, byDrive, byKind, byChannel, sum(byChannel), count(byChannel), progress,
				paidByKind, paidByArea, sum(paidByKind));
	}

	private List<Total> totals(String sql, Map<String, Object> params) {
		return jdbc.sql(sql).params(params)
			.query((rs, n) -> new Total(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
	}

	/** Areas by their names (the totals group by unit id). */
	private List<Total> named(List<Total> rows) {
		Map<Long, Unit> units = organization.units(rows.stream().map(t -> Long.parseLong(t.key())).toList());
		return rows.stream().map(t -> {
			Unit unit = units.get(Long.parseLong(t.key()));
			return new Total(t.key(), unit == null ? t.key() : unit.name(), t.count(), t.amount());
		}).toList();
	}

	private static long sum(List<Total> rows) {
		return rows.stream().mapToLong(Total::amount).sum();
	}

	private static long count(List<Total> rows) {
		return rows.stream().mapToLong(Total::count).sum();
	}
}
