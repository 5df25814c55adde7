import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How often the tree's memory is sampled, in milliseconds. */
export const sampleIntervalMs = 200;

/** One measured run of a command and every process it started. */
export interface TreeRun {
	/** Wall time from spawning the command to its exit, in milliseconds. */
	wallMs: number;
	/** Highest sum of VmRSS over the command and all its descendants seen in any sample, in bytes. */
	peakRssBytes: number;
	/** Most processes the tree held in any sample. */
	processes: number;
	/** Exit code, or null when a signal ended it. */
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs a command and samples, every `sampleIntervalMs`, the summed resident memory of its whole
 * process tree. Linux only (reads `/proc`). Does not throw on a non-zero exit: the caller decides.
 */
export async function processTreePeak(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeRun> {
	const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
	const started = performance.now();
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	let peakRssBytes = 0;
	let processes = 0;
	const sample = () => {
		if (child.pid === undefined) return;
		const tree = treeRss(child.pid);
		peakRssBytes = Math.max(peakRssBytes, tree.bytes);
		processes = Math.max(processes, tree.processes);
	};
	// Both set up before waiting: 'exit' ends the sampling (no tree is left), 'close' comes once the
	// output pipes have delivered their last lines.
	const failed = new Promise<never>((_, reject) => child.on('error', reject));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const closed = new Promise((resolve) => child.on('close', resolve));
	sample();
	const timer = setInterval(sample, sampleIntervalMs);
	const code = await Promise.race([exited, failed]).finally(() => clearInterval(timer));
	const wallMs = performance.now() - started;
	await closed;
	return { wallMs, peakRssBytes, processes, code, stdout, stderr };
}

/** Sum of VmRSS over a process and all its descendants, in bytes, and how many of them hold memory (none once it has exited). */
function treeRss(root: number): { bytes: number; processes: number } {
	// Parent links of every process on the machine: a descendant may be started by any thread
	// of any process in the tree, and /proc/<pid>/stat names the parent process either way.
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readOrEmpty(`/proc/${name}/stat`);
		// `pid (comm) state ppid …`: comm may itself hold spaces and parentheses, so parse after the last ')'.
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
	}
	let bytes = 0;
	let processes = 0;
	const pending = [root];
	for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
		// A zombie (exited, not yet reaped) has no VmRSS line.
		const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readOrEmpty(`/proc/${pid}/status`))?.[1];
		if (kb !== undefined) {
			bytes += Number(kb) * 1024;
			processes++;
		}
		pending.push(...(children.get(pid) ?? []));
	}
	return { bytes, processes };
}

/** A /proc file's text, or '' when its process has exited in the meantime. */
function readOrEmpty(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}
