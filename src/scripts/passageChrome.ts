/** What a passage shows that is not its text: its id link, its cite button, source readings. */
export const passageChrome = '.pn, .cite-passage, rt, rp';
