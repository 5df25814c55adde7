/** Writing to the clipboard: plain text, and HTML beside it where there is formatting to keep (a reference's italics). */
export async function copyToClipboard(text: string, html?: string): Promise<void> {
	if (html && typeof ClipboardItem !== 'undefined') {
		await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
	} else {
		await navigator.clipboard.writeText(text);
	}
}
