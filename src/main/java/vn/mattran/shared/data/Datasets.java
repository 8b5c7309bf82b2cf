package vn.mattran.shared.data;

import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a named data set once: the first caller loads it, everyone after (any instance, any restart) skips it. */
@Service
public class Datasets {

	private final JdbcClient jdbc;

	Datasets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs {@code load} (which returns how many rows it added) unless {@code name} was loaded before. */
	@Transactional
	public boolean loadOnce(String name, IntSupplier load) {
		jdbc.sql("lock table shared_dataset in exclusive mode").update();
		if (loaded(name)) {
			return false;
		}
		int rows = load.getAsInt();
		jdbc.sql("insert into shared_dataset (name, rows) values (:name, :rows)").param("name", name).param("rows", rows)
			.update();
		return true;
	}

	public boolean loaded(String name) {
		return jdbc.sql("select count(*) from shared_dataset where name = :name").param("name", name)
			.query(Long.class).single() > 0;
	}
}
