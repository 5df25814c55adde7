/**
 * A site's base path with one leading and one trailing slash, so that `repo`, `/repo` and `/repo/`
 * (the `BASE_PATH` a user may write) all mean `/repo/`, and an empty one means `/`.
 */
export function normalizeBasePath(base: string): string {
	return `/${base.split('/').filter(Boolean).join('/')}/`.replace('//', '/');
}
