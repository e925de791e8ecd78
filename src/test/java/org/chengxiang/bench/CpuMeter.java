package org.chengxiang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by the parts of a run, read before and after it: the whole JVM, the benchmark's own client
 * threads within it, and the embedded PostgreSQL (its postmaster and backends, from /proc). Divided by the
 * submissions, it says what one costs whatever else the shared machine was doing, which throughput does not.
 */
final class CpuMeter {

	// Linux reports process times in clock ticks of 1/100 s (getconf CLK_TCK).
	private static final long NANOS_PER_TICK = 10_000_000L;

	private final long postmaster;

	private final String clientThreadPrefix;

	CpuMeter(long anyBackendPid, String clientThreadPrefix) {
		this.postmaster = parentOf(anyBackendPid);
		this.clientThreadPrefix = clientThreadPrefix;
	}

	/** CPU nanoseconds so far: JVM, client threads (part of the JVM), PostgreSQL; -1 where unknown. */
	record Reading(long jvm, long clients, long postgres) {

		Reading minus(Reading before) {
			return new Reading(jvm - before.jvm, clients - before.clients,
					postgres < 0 || before.postgres < 0 ? -1 : postgres - before.postgres);
		}

	}

	Reading read() {
		return new Reading(jvm(), clients(), postgres());
	}

	/** The machine's load average over 1, 5 and 15 minutes, since every figure depends on how busy it was. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static long jvm() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	/** The load generator's threads: ours by name, and the HTTP client's. Only live threads count. */
	private long clients() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long sum = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && (info.getThreadName().startsWith(clientThreadPrefix)
					|| info.getThreadName().startsWith("HttpClient-"))) {
				long cpu = threads.getThreadCpuTime(info.getThreadId());
				sum += Math.max(0, cpu);
			}
		}
		return sum;
	}

	/** The postmaster, its live children, and the children it has already reaped. */
	private long postgres() {
		if (postmaster <= 0) {
			return -1;
		}
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.mapToLong(p -> {
					String[] stat = stat(p.resolve("stat"));
					if (stat == null) {
						return 0;
					}
					long pid = Long.parseLong(p.getFileName().toString());
					long ticks = 0;
					if (pid == postmaster) {
						ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]) + Long.parseLong(stat[15])
								+ Long.parseLong(stat[16]);
					}
					else if (Long.parseLong(stat[3]) == postmaster) {
						ticks = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
					}
					return ticks * NANOS_PER_TICK;
				})
				.sum();
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	private static long parentOf(long pid) {
		String[] stat = stat(Path.of("/proc", Long.toString(pid), "stat"));
		return stat == null ? -1 : Long.parseLong(stat[3]);
	}

	/** The fields of /proc/[pid]/stat, numbered from 0; the command name may hold spaces, so split after it. */
	private static String[] stat(Path file) {
		try {
			String text = Files.readString(file);
			int close = text.lastIndexOf(')');
			String[] rest = text.substring(close + 2).trim().split(" ");
			String[] fields = new String[rest.length + 2];
			fields[0] = text.substring(0, text.indexOf(' '));
			fields[1] = text.substring(text.indexOf('(') + 1, close);
			System.arraycopy(rest, 0, fields, 2, rest.length);
			return fields;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
