import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { detectScript } from '../../src/lib/script/detectScript.ts';
import { isSourceFile } from '../../src/lib/source/sourceFiles.ts';

/** What the issue quotes for opencc-js alone "on this machine", in MB of source per second. */
export const quotedOpenccRate = 23;

/**
 * The speed of this machine at the moment, by the measure the issue states its target against:
 * opencc-js's own one-step converters (cn → tw, tw → cn) turning every source of a corpus into its
 * other script, in MB of source per second of wall time, on one thread. Measured right beside the
 * pipeline's runs, it says how much of a slow run is the machine rather than the pipeline.
 */
export async function openccReference(corpusDir: string): Promise<() => number> {
	const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
	const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const names = (await readdir(corpusDir)).filter(isSourceFile);
	const texts = await Promise.all(names.map((name) => readFile(path.join(corpusDir, name))));
	const bytes = texts.reduce((n, b) => n + b.length, 0);
	const decoded = texts.map((b) => new TextDecoder().decode(b));
	const converters = decoded.map((text) => (detectScript(text) === 'hans' ? toHant : toHans));
	return () => {
		const started = performance.now();
		decoded.forEach((text, i) => converters[i](text));
		return bytes / 1e6 / ((performance.now() - started) / 1000);
	};
}
