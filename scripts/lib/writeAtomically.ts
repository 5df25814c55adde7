import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a folder's contents with the given files in one step: they are written to a sibling
 * folder first, which is then renamed into place, so a failed run leaves the old output intact.
 */
export async function writeFolderAtomically(dir: string, files: Map<string, string>): Promise<void> {
	const staging = `${dir}.staging-${process.pid}`;
	const retired = `${dir}.retired-${process.pid}`;
	await rm(staging, { recursive: true, force: true });
	await mkdir(staging, { recursive: true });
	for (const [name, content] of files) await writeFile(path.join(staging, name), content);
	await mkdir(path.dirname(dir), { recursive: true });
	await rename(dir, retired).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'ENOENT') throw error;
	});
	await rename(staging, dir);
	await rm(retired, { recursive: true, force: true });
}
