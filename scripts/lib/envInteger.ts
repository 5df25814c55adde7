/** A whole number of at least 1 from the environment variable `name`, or `fallback` when it is unset or empty. */
export function envInteger(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`);
	return value;
}

/** Whole numbers of at least 1, comma-separated, from the environment variable `name`, or `fallback` when it is unset or empty. */
export function envIntegers(name: string, fallback: number[]): number[] {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const values = raw.split(',').map((part) => Number(part.trim()));
	if (values.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`${name} must list whole numbers of at least 1, separated by commas, not "${raw}"`);
	return values;
}
