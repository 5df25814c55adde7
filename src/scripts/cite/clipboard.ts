/**
 * Writing to the clipboard: plain text, and HTML beside it where there is formatting to keep (a
 * reference's italics). The text may still be coming (the Cite code loading, a style being
 * fetched): the write is started at once, inside the reader's click, with the text to follow, as
 * Safari and Firefox allow a write only while handling the click.
 */
export function copyToClipboard(text: string | Promise<string>, html?: string): Promise<void> {
	if (typeof ClipboardItem === 'undefined') return Promise.resolve(text).then((words) => navigator.clipboard.writeText(words));
	const blob = (type: string, value: string | Promise<string>) => Promise.resolve(value).then((words) => new Blob([words], { type }));
	return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob('text/plain', text), ...(html && { 'text/html': blob('text/html', html) }) })]);
}
