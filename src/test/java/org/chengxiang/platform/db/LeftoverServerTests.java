package org.chengxiang.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class LeftoverServerTests {

	private static final Log LOG = LogFactory.getLog(LeftoverServerTests.class);

	@TempDir
	Path data;

	@Test
	void leavesAFileOfAServerThatHasEndedToPostgres() throws IOException {
		Process ended = new ProcessBuilder("true").start();
		ended.onExit().join();
		Path pidFile = pidFile(ended.pid());

		LeftoverServer.stopIfRunning(data, LOG);

		assertThat(pidFile).exists();
	}

	@Test
	void removesAFileWhoseNumberAnotherProcessNowHas() throws IOException {
		assumeThat(Path.of("/proc/self")).isDirectory();
		Path pidFile = pidFile(ProcessHandle.current().pid());

		LeftoverServer.stopIfRunning(data, LOG);

		assertThat(pidFile).doesNotExist();
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	@Test
	void reportsWhatTheWatchdogOfThePreviousRunDidAndForgetsIt() throws IOException {
		assumeThat(Path.of("/proc/self")).isDirectory();
		Files.writeString(data.resolve(ServerWatchdog.LOG_FILE), "the watchdog asked PostgreSQL process 1 for a fast shutdown");

		LeftoverServer.stopIfRunning(data, LOG);

		assertThat(data.resolve(ServerWatchdog.LOG_FILE)).doesNotExist();
	}

	private Path pidFile(long pid) throws IOException {
		return Files.writeString(data.resolve(LeftoverServer.PID_FILE),
				pid + "\n" + data + "\n1700000000\n5432\n/tmp\nlocalhost\n  5432001     32768\nready\n");
	}

}
