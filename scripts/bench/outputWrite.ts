import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writing a pipeline's output again, alone: how much of a run is the machine's file writing. */
export interface OutputWrite {
	files: number;
	bytes: number;
	/** Wall time of each rewrite, in seconds. */
	seconds: number[];
}

/**
 * Reads the files of a finished run's output folder into memory, then writes them `times` times
 * into new folders beside it, one file after another as build-corpus's threads do, timing each.
 * New folders, as the pipeline's staging folder is: no file is overwritten or deleted first.
 * Pending writes are flushed before each (`flushWrites`), as before each pipeline run.
 */
export function timeOutputWrite(outputDir: string, times: number): OutputWrite {
	const files = readdirSync(outputDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const file = path.join(entry.parentPath, entry.name);
			return [path.relative(outputDir, file), readFileSync(file, 'utf8')] as const;
		});
	const seconds: number[] = [];
	for (let i = 1; i <= times; i++) {
		flushWrites();
		const started = performance.now();
		writeNewFolder(`${outputDir}-rewrite-${i}`, files);
		seconds.push((performance.now() - started) / 1000);
	}
	return { files: files.length, bytes: files.reduce((n, [, content]) => n + Buffer.byteLength(content), 0), seconds };
}

/** Creates a folder and writes the files into it (names may hold a sub-folder), one after another, as build-corpus's threads do. */
export function writeNewFolder(dir: string, files: Iterable<readonly [name: string, content: string]>): void {
	mkdirSync(path.dirname(dir), { recursive: true });
	mkdirSync(dir);
	for (const [name, content] of files) {
		if (name.includes(path.sep)) mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), content);
	}
}

/** Waits until the files written so far are on the disk (`sync`), so that the next timing does not pay for them. */
export function flushWrites(): void {
	spawnSync('sync');
}
