package vn.mattran.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a cluster startable after the application was killed (kill -9, power loss): removes a
 * postmaster.pid whose process is gone or is another program, and stops a PostgreSQL that an
 * earlier, dead run of the application left behind. A server still owned by a live application
 * (it holds the cluster's lock file) is left alone and the start is refused.
 */
final class PostmasterRecovery {

	private static final Logger log = LoggerFactory.getLogger(PostmasterRecovery.class);
	/** The lock file zonky's EmbeddedPostgres holds for as long as it runs the cluster. */
	private static final String OWNER_LOCK = "epg-lock";

	private PostmasterRecovery() {
	}

	static void prepare(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (postmaster.isEmpty() || !isPostgres(postmaster.get())) {
			log.warn("Removing the stale lock {} left by a server that no longer runs", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		if (ownedByLiveApplication(cluster.resolve(OWNER_LOCK))) {
			throw new IllegalStateException("The database in " + cluster
					+ " is in use by another running mattran; stop it or set MATTRAN_DATA_DIR to another directory.");
		}
		stopOrphan(postmaster.get());
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		ProcessHandle.Info info = process.info();
		String command = info.command().orElse("") + " " + info.commandLine().orElse("");
		return command.contains("postgres");
	}

	private static boolean ownedByLiveApplication(Path lockFile) throws IOException {
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException e) {
			return true;
		}
	}

	// SIGTERM asks for a smart shutdown; the dead run's connections are gone, so it finishes at once.
	private static void stopOrphan(ProcessHandle postmaster) {
		log.warn("An earlier run stopped without shutting down its PostgreSQL (pid {}); stopping it now", postmaster.pid());
		postmaster.destroy();
		if (!waitForExit(postmaster, 60)) {
			log.warn("PostgreSQL (pid {}) did not stop in time; killing it", postmaster.pid());
			postmaster.destroyForcibly();
			waitForExit(postmaster, 30);
		}
	}

	private static boolean waitForExit(ProcessHandle process, int seconds) {
		try {
			process.onExit().get(seconds, TimeUnit.SECONDS);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception e) {
			return !process.isAlive();
		}
	}
}
