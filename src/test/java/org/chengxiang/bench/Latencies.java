package org.chengxiang.bench;

import java.util.Arrays;

/**
 * Recorded durations of one operation, in nanoseconds; percentiles by the nearest-rank method. Not thread-safe:
 * each thread records its own and they are {@linkplain #merge merged} afterwards.
 */
final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	void record(long duration) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = duration;
	}

	int count() {
		return count;
	}

	static Latencies merge(Iterable<Latencies> parts) {
		Latencies all = new Latencies();
		for (Latencies part : parts) {
			for (int i = 0; i < part.count; i++) {
				all.record(part.nanos[i]);
			}
		}
		return all;
	}

	/** The p-th percentile in milliseconds (p in 0..100). */
	double percentileMillis(double p) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * count);
		return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
	}

}
