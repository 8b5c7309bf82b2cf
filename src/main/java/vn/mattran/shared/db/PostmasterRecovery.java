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
		List<String> lock = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = readPid(lock).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (postmaster.isEmpty() || !isPostmasterOf(postmaster.get(), cluster, lock)) {
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

	private static Optional<Long> readPid(List<String> lines) {
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * After a reboot the pid in the lock may belong to anything, even another PostgreSQL. Ours runs
	 * in this cluster's directory and started when the lock says (its third line, epoch seconds).
	 */
	private static boolean isPostmasterOf(ProcessHandle process, Path cluster, List<String> lock) {
		ProcessHandle.Info info = process.info();
		String command = info.command().orElse("") + " " + info.commandLine().orElse("");
		if (!command.contains("postgres")) {
			return false;
		}
		boolean inCluster = command.contains(cluster.toString()) || sameFile(Path.of("/proc", "" + process.pid(), "cwd"), cluster);
		return inCluster && startedWhenTheLockSays(info, lock);
	}

	private static boolean startedWhenTheLockSays(ProcessHandle.Info info, List<String> lock) {
		if (lock.size() < 3 || info.startInstant().isEmpty()) {
			return true;
		}
		try {
			long locked = Long.parseLong(lock.get(2).strip());
			return Math.abs(info.startInstant().get().getEpochSecond() - locked) <= 5;
		}
		catch (NumberFormatException e) {
			return true;
		}
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException | SecurityException e) {
			return false;
		}
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

	// SIGINT is PostgreSQL's fast shutdown; where kill(1) is missing, SIGTERM (smart) also ends an
	// orphan, whose clients are gone. Never SIGKILL: that would leave its backends and memory behind.
	private static void stopOrphan(ProcessHandle postmaster) {
		log.warn("An earlier run stopped without shutting down its PostgreSQL (pid {}); stopping it now", postmaster.pid());
		if (!interrupt(postmaster)) {
			postmaster.destroy();
		}
		if (!waitForExit(postmaster, 60)) {
			throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") left by an earlier run did not stop"
					+ " within 60 seconds; stop it by hand and start mattran again.");
		}
	}

	private static boolean interrupt(ProcessHandle process) {
		try {
			return new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
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
