package vn.mattran.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.mattran.fund.FundKind;
import vn.mattran.shared.security.Scope;

/** Funds and their boards, with the balances of their money and goods accounts. */
@Repository
class FundRepository {

	private static final String SELECT = """
			select f.id, f.unit_id, f.unit_path::text as unit_path, f.name, f.kind, f.bank_account, f.bank_name,
			       f.closed_through,
			       coalesce((select balance from fund_account a where a.fund_id = f.id and a.code = 'CASH'), 0) as cash,
			       coalesce((select balance from fund_account a where a.fund_id = f.id and a.code = 'BANK'), 0) as bank,
			       coalesce((select balance from fund_account a where a.fund_id = f.id and a.code = 'GOODS'), 0) as goods,
			       coalesce((select balance from fund_account a where a.fund_id = f.id and a.code = 'IN_TRANSIT'), 0) as in_transit
			from fund_fund f
			""";

	private final JdbcClient jdbc;

	FundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record FundRow(long id, long unitId, String unitPath, String name, FundKind kind, String bankAccount,
			String bankName, LocalDate closedThrough, long cash, long bank, long goods, long inTransit) {
	}

	/** A member of a fund's board; {@code userId} their account, when the board approves through it. */
	record BoardMember(long id, String fullName, String role, Long userId) {
	}

	Optional<FundRow> find(long id) {
		return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FundRepository::row).optional();
	}

	List<FundRow> within(Scope scope) {
		if (scope.everything()) {
			return jdbc.sql(SELECT + " order by f.unit_path, f.id").query(FundRepository::row).list();
		}
		return jdbc.sql(SELECT + " where f.unit_path <@ cast(:scope as ltree[]) order by f.unit_path, f.id")
			.param("scope", scope.sqlArray()).query(FundRepository::row).list();
	}

	/** Every fund by name, for choosing where to send a transfer (funds are public; their books are not). */
	List<FundRow> all() {
		return jdbc.sql(SELECT + " order by f.unit_path, f.id").query(FundRepository::row).list();
	}

	long insert(long unitId, String unitPath, String provinceCode, String name, FundKind kind, String bankAccount,
			String bankName) {
		return jdbc.sql("""
				insert into fund_fund (unit_id, unit_path, province_code, name, kind, bank_account, bank_name)
				values (:unit, cast(:path as ltree), :province, :name, :kind, :account, :bank) returning id
				""").param("unit", unitId).param("path", unitPath).param("province", provinceCode).param("name", name)
			.param("kind", kind.name()).param("account", bankAccount).param("bank", bankName).query(Long.class).single();
	}

	List<BoardMember> board(long fundId) {
		return jdbc.sql("select id, full_name, role, user_id from fund_board_member where fund_id = :fund order by position, id")
			.param("fund", fundId).query((rs, n) -> new BoardMember(rs.getLong(1), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4)))
			.list();
	}

	void addBoardMember(long fundId, String fullName, String role, Long userId) {
		jdbc.sql("""
				insert into fund_board_member (fund_id, full_name, role, position, user_id)
				values (:fund, :name, :role, (select count(*) from fund_board_member where fund_id = :fund), :user)
				""").param("fund", fundId).param("name", fullName).param("role", role).param("user", userId).update();
	}

	private static FundRow row(ResultSet rs, int n) throws SQLException {
		return new FundRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("name"),
				FundKind.valueOf(rs.getString("kind")), rs.getString("bank_account"), rs.getString("bank_name"),
				rs.getObject("closed_through", LocalDate.class), rs.getLong("cash"), rs.getLong("bank"),
				rs.getLong("goods"), rs.getLong("in_transit"));
	}
}
