/**
 * Preloaded into a measured child process (`node --import`): on exit it writes the process's peak
 * resident set size (bytes) and CPU time (milliseconds, user + system, all threads) as JSON to the
 * file named by `BENCH_USAGE_FILE`. `getrusage` reports the true peak, which polling
 * `/proc/<pid>/status` from outside can miss.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		// `maxRSS` is in kibibytes, CPU times in microseconds.
		writeFileSync(file, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
	});
}
