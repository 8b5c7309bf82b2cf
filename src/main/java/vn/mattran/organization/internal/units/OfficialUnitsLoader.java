package vn.mattran.organization.internal.units;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mattran.organization.UnitLevel;
import vn.mattran.organization.UnitTypes;
import vn.mattran.shared.audit.AuditAction;
import vn.mattran.shared.audit.AuditEvent;
import vn.mattran.shared.audit.AuditLog;
import vn.mattran.shared.data.Datasets;
import vn.mattran.shared.text.VietnameseCollator;
import vn.mattran.shared.text.VietnameseText;

/**
 * Loads the official lists that ship with the application, once: the units in force on 1 March
 * 2025 (closed on 30 June 2025 by the reform), the units in force from 1 July 2025, and the old →
 * new commune mapping as unconfirmed suggestions (plus, derived from it, which province each old
 * province went into).
 */
@Component
public class OfficialUnitsLoader {

	public static final String DATASET = "admin-units-2025";
	static final LocalDate LAST_DAY_BEFORE_REFORM = LocalDate.of(2025, 6, 30);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	private static final Logger log = LoggerFactory.getLogger(OfficialUnitsLoader.class);

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final AuditLog audit;
	private final Datasets datasets;

	OfficialUnitsLoader(JdbcClient jdbc, JdbcTemplate template, AuditLog audit, Datasets datasets) {
		this.jdbc = jdbc;
		this.template = template;
		this.audit = audit;
		this.datasets = datasets;
	}

	@Transactional
	public void loadIfMissing() {
		datasets.loadOnce(DATASET, this::load);
	}

	private int load() {
		long started = System.nanoTime();
		List<Row> rows = new ArrayList<>();
		Map<String, Row> oldByCode = readOld(rows);
		Map<String, Row> newByCode = readNew(rows);
		assignIds(rows);
		insertUnits(rows);
		int links = insertSuccessions(oldByCode, newByCode);
		audit.record(new AuditEvent(AuditAction.IMPORT, "unit", null, null,
				"Nạp danh mục đơn vị hành chính chính thức: " + rows.size() + " đơn vị, " + links + " đề xuất sắp xếp", null, null));
		log.info("Loaded {} official units and {} suggested successions in {} ms", rows.size(), links,
				(System.nanoTime() - started) / 1_000_000);
		return rows.size();
	}

	/** One unit of a list, and where it hangs; id and path are given just before insertion. */
	private static final class Row {

		final String code;
		final String name;
		final String type;
		final UnitLevel level;
		final Row parent;
		final LocalDate validFrom;
		final LocalDate validTo;
		long id;
		String path;

		Row(String code, String name, String type, UnitLevel level, Row parent, LocalDate validFrom,
				LocalDate validTo) {
			this.code = code;
			this.name = name;
			this.type = type;
			this.level = level;
			this.parent = parent;
			this.validFrom = validFrom;
			this.validTo = validTo;
		}

		String provinceCode() {
			return parent == null ? code : parent.provinceCode();
		}
	}

	private Map<String, Row> readOld(List<Row> rows) {
		Map<String, Row> byLevelAndCode = new HashMap<>();
		Map<String, Row> communes = new HashMap<>();
		for (CSVRecord record : csv("units-2025-03-01.csv")) {
			UnitLevel level = UnitLevel.of(Integer.parseInt(record.get("level")));
			String parentCode = record.get("parent_code");
			Row parent = parentCode.isEmpty() ? null : byLevelAndCode.get((level.number() - 1) + ":" + parentCode);
			if (!parentCode.isEmpty() && parent == null) {
				throw new IllegalStateException("units-2025-03-01.csv: no parent " + parentCode + " for " + record);
			}
			Row row = new Row(record.get("code"), clean(record.get("name")), clean(record.get("type")), level, parent,
					null, LAST_DAY_BEFORE_REFORM);
			rows.add(row);
			byLevelAndCode.put(level.number() + ":" + row.code, row);
			if (level == UnitLevel.COMMUNE) {
				communes.put(row.code, row);
			}
		}
		return communes;
	}

	private Map<String, Row> readNew(List<Row> rows) {
		Map<String, Row> provinces = new HashMap<>();
		for (CSVRecord record : csv("provinces-2025.csv")) {
			String name = clean(record.get("name"));
			boolean city = name.startsWith("Thành phố ");
			Row row = new Row(record.get("code"), city ? name : "Tỉnh " + name, city ? "Thành phố Trung ương" : "Tỉnh",
					UnitLevel.PROVINCE, null, REFORM, null);
			rows.add(row);
			provinces.put(row.code, row);
		}
		Map<String, Row> byCode = new HashMap<>();
		for (CSVRecord record : csv("communes-2025.csv")) {
			String name = clean(record.get("name"));
			Row parent = provinces.get(record.get("province_code"));
			if (parent == null) {
				throw new IllegalStateException("communes-2025.csv: no province for " + record);
			}
			Row row = new Row(record.get("code"), name, UnitTypes.fromName(UnitLevel.COMMUNE, name), UnitLevel.COMMUNE,
					parent, REFORM, null);
			rows.add(row);
			byCode.put(row.code, row);
		}
		return byCode;
	}

	private void assignIds(List<Row> rows) {
		List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('org_unit', 'id')) from generate_series(1, :n)")
			.param("n", rows.size())
			.query(Long.class)
			.list();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			row.id = ids.get(i);
			row.path = row.parent == null ? String.valueOf(row.id) : row.parent.path + "." + row.id;
		}
	}

	private void insertUnits(List<Row> rows) {
		template.batchUpdate("""
				insert into org_unit (id, code, name, type, level, parent_id, path, province_code, valid_from, valid_to,
				                      source, name_folded, name_compact, name_sort)
				values (?, ?, ?, ?, ?, ?, cast(? as ltree), ?, ?, ?, 'OFFICIAL', ?, ?, ?)
				""", rows, 2000, OfficialUnitsLoader::bind);
	}

	private static void bind(PreparedStatement statement, Row row) throws SQLException {
		statement.setLong(1, row.id);
		statement.setString(2, row.code);
		statement.setString(3, row.name);
		statement.setString(4, row.type);
		statement.setInt(5, row.level.number());
		if (row.parent == null) {
			statement.setNull(6, Types.BIGINT);
		}
		else {
			statement.setLong(6, row.parent.id);
		}
		statement.setString(7, row.path);
		statement.setString(8, row.provinceCode());
		statement.setObject(9, row.validFrom);
		statement.setObject(10, row.validTo);
		statement.setString(11, VietnameseText.fold(row.name));
		statement.setString(12, VietnameseText.compact(row.name));
		statement.setBytes(13, VietnameseCollator.sortKey(row.name));
	}

	/** Commune pairs from the mapping; each old province to the new province most of its communes went into. */
	private int insertSuccessions(Map<String, Row> oldByCode, Map<String, Row> newByCode) {
		Set<List<Object>> links = new LinkedHashSet<>();
		Map<Row, Map<Row, Long>> provinceVotes = new HashMap<>();
		for (CSVRecord record : csv("communes-2025-mapping.csv")) {
			Row before = oldByCode.get(record.get("old_code"));
			Row after = newByCode.get(record.get("new_code"));
			if (before == null || after == null) {
				continue;
			}
			links.add(List.of(before.id, after.id, "OFFICIAL_MAPPING"));
			provinceVotes.computeIfAbsent(province(before), p -> new HashMap<>()).merge(province(after), 1L, Long::sum);
		}
		provinceVotes.forEach((oldProvince, votes) -> votes.entrySet().stream()
			.max(Map.Entry.comparingByValue())
			.ifPresent(winner -> links.add(List.of(oldProvince.id, winner.getKey().id, "DERIVED"))));
		template.batchUpdate("insert into org_unit_succession (predecessor_id, successor_id, source) values (?, ?, ?)",
				new ArrayList<>(links), 2000, (statement, link) -> {
					statement.setLong(1, (Long) link.get(0));
					statement.setLong(2, (Long) link.get(1));
					statement.setString(3, (String) link.get(2));
				});
		return links.size();
	}

	private static Row province(Row row) {
		return row.parent == null ? row : province(row.parent);
	}

	private static String clean(String text) {
		return VietnameseText.clean(text);
	}

	private static List<CSVRecord> csv(String file) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("admin-units/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			return format.parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the official list " + file, e);
		}
	}

}
