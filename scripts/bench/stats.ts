/** Median, minimum and maximum of some measurements. */
export interface Summary {
	median: number;
	min: number;
	max: number;
}

/** Summarises a non-empty list of measurements. */
export function summarize(values: number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted.at(-1)! };
}

/** Bytes as decimal megabytes (10^6 bytes), the unit every figure of the bench uses. */
export function megabytes(bytes: number): number {
	return bytes / 1e6;
}

/** A number with a fixed count of decimals and thousands separators. */
export function fixed(value: number, decimals = 1): string {
	return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A summary as `median (min–max)`. */
export function spread(summary: Summary, decimals = 1): string {
	return `${fixed(summary.median, decimals)} (${fixed(summary.min, decimals)}–${fixed(summary.max, decimals)})`;
}
