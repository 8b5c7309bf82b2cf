package vn.mattran.fund.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import vn.mattran.fund.Fund;
import vn.mattran.fund.LedgerCheck;
import vn.mattran.shared.format.Formats;
import vn.mattran.shared.security.SystemUser;

/**
 * {@code java -jar mattran.jar --verify-ledger} (every fund) or {@code --verify-ledger=3,7}: recomputes
 * each fund's hash chain, prints one line per fund, and exits 0 when every chain holds, 1 otherwise.
 */
@Component
public class LedgerCommand implements ApplicationRunner {

	static final String OPTION = "verify-ledger";

	private final Funds funds;
	private final ConfigurableApplicationContext context;

	LedgerCommand(Funds funds, ConfigurableApplicationContext context) {
		this.funds = funds;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		List<String> wanted = args.getOptionValues(OPTION).stream()
			.flatMap(value -> List.of(value.split(",")).stream()).map(String::strip).filter(v -> !v.isEmpty()).toList();
		int code = verify(wanted, out);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	/** Checks the funds named by id (every fund when none is), a line each on {@code out}; 0 when every chain holds, else 1. */
	public int verify(List<String> wanted, PrintStream out) {
		boolean allOk = SystemUser.call(() -> {
			boolean ok = true;
			for (Fund fund : funds.list()) {
				if (!wanted.isEmpty() && !wanted.contains(String.valueOf(fund.id()))) {
					continue;
				}
				LedgerCheck check = funds.verify(fund.id());
				ok &= check.ok();
				out.println(line(fund, check));
			}
			return ok;
		});
		return allOk ? 0 : 1;
	}

	static String line(Fund fund, LedgerCheck check) {
		String name = "#" + fund.id() + " " + fund.name() + ": " + Formats.number(check.entries()) + " bút toán / entries, ";
		if (check.ok()) {
			return name + "chuỗi băm khớp / hash chain holds";
		}
		return name + "KHÔNG KHỚP / DOES NOT MATCH at entry no. " + check.firstBadSeq()
				+ (check.firstBadEntry() == null ? "" : " (id " + check.firstBadEntry() + ")") + ": " + check.problem();
	}
}
