/** A source the pipeline refuses, with the file named and the reason in words. */
export class SourceError extends Error {
	/** File name of the offending source or data file. */
	readonly file: string;
	/** Why it was refused. */
	readonly reason: string;

	constructor(file: string, reason: string) {
		super(`${file}: ${reason}`);
		this.name = 'SourceError';
		this.file = file;
		this.reason = reason;
	}
}
