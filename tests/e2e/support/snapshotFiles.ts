import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file under a folder, by path relative to it, with size and modification time. */
export type FileSnapshot = Map<string, string>;

/** Records every file under `root`, skipping the folders named in `skip` (paths relative to `root`). */
export async function snapshotFiles(root: string, skip: string[]): Promise<FileSnapshot> {
	const skipped = new Set(skip.map((p) => path.normalize(p)));
	const files: FileSnapshot = new Map();
	const walk = async (dir: string): Promise<void> => {
		for (const entry of await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])) {
			const relative = path.join(dir, entry.name);
			if (skipped.has(relative)) continue;
			if (entry.isDirectory()) await walk(relative);
			else {
				const info = await stat(path.join(root, relative)).catch(() => null);
				if (info) files.set(relative, `${info.size} bytes, modified ${info.mtimeMs}`);
			}
		}
	};
	await walk('');
	return files;
}

/** What changed between two snapshots, one line per file. */
export function diffSnapshots(before: FileSnapshot, after: FileSnapshot): string[] {
	const changes: string[] = [];
	for (const [file, state] of after) {
		if (!before.has(file)) changes.push(`created ${file}`);
		else if (before.get(file) !== state) changes.push(`changed ${file}`);
	}
	for (const file of before.keys()) if (!after.has(file)) changes.push(`deleted ${file}`);
	return changes.sort();
}
