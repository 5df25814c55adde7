import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A folder being filled beside its final place; nothing of it is visible there until `commit`. */
export interface StagingFolder {
	/** The staging folder itself, for writers that do not go through `write`. */
	readonly path: string;
	/** Writes one file into the staging folder (`name` may hold a sub-folder). */
	write(name: string, content: string): Promise<void>;
	/** Replaces the final folder with the staging folder in one rename. */
	commit(): Promise<void>;
	/** Removes the staging folder, leaving the final folder as it was. */
	discard(): Promise<void>;
}

/**
 * Opens a sibling staging folder for `dir`. Files can be written one at a time (so a large corpus
 * need not be held in memory) and only `commit` touches `dir`: a failed run leaves the old output.
 */
export async function openStagingFolder(dir: string): Promise<StagingFolder> {
	const staging = `${dir}.staging-${process.pid}`;
	const retired = `${dir}.retired-${process.pid}`;
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	return {
		path: staging,
		async write(name, content) {
			await mkdir(path.dirname(path.join(staging, name)), { recursive: true });
			await writeFile(path.join(staging, name), content);
		},
		async commit() {
			await rename(dir, retired).catch((error: NodeJS.ErrnoException) => {
				if (error.code !== 'ENOENT') throw error;
			});
			await rename(staging, dir);
			await rm(retired, { recursive: true, force: true });
		},
		discard: () => rm(staging, { recursive: true, force: true }),
	};
}
