import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, constants } from 'node:fs';
import path from 'node:path';
import { SourceError } from '../../src/lib/source/sourceError.ts';

/** What a file that is not a regular file is, for the message that refuses it. */
function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

/**
 * Reads a file of a corpus folder, refusing, with the file named and the reason, anything that is
 * not a regular file inside the folder (a link that leads outside it, a folder, a device, a pipe,
 * a socket) and any file over `maxBytes`, before reading more than `maxBytes` of it. A link to a
 * regular file inside the folder is read.
 */
export function readCorpusFile(dir: string, name: string, maxBytes: number, what = 'a source'): Uint8Array {
	const file = path.join(dir, name);
	let target = file;
	try {
		if (lstatSync(file).isSymbolicLink()) {
			target = realpathSync(file);
			const folder = realpathSync(dir);
			if (path.relative(folder, target).startsWith('..') || path.isAbsolute(path.relative(folder, target))) {
				throw new SourceError(name, 'is a link to a file outside the corpus folder; copy the file into the folder instead');
			}
		}
	} catch (error) {
		if (error instanceof SourceError) throw error;
		throw new SourceError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	let fd: number;
	try {
		// Non-blocking, so that a named pipe cannot hold the build up before it is refused below.
		fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw new SourceError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) throw new SourceError(name, `is ${kindOf(stats)}, not a text file`);
		const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
		const tooLarge = () => new SourceError(name, `is more than ${megabytes(maxBytes)}, the most ${what} may be; split it into several files (a long work into one text per chapter, say)`);
		if (stats.size > maxBytes) throw tooLarge();
		// One byte more than the file had when measured: reading it means the file grew meanwhile.
		const buffer = Buffer.allocUnsafe(stats.size + 1);
		let length = 0;
		while (length < buffer.length) {
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		if (length !== stats.size) throw new SourceError(name, 'changed while it was being read; build again once nothing writes to it');
		return buffer.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}
