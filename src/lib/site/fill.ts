/** Fills `{name}` placeholders in a label (a module of its own, so the browser can use it without the labels' converter). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
