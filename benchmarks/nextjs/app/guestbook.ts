// The work every benchmarked action does, as in the Spring app's Guestbook: append an entry to
// an in-memory list that keeps the latest 20, and count the entries ever added (read at
// /api/entries) so that the harness can check that an action really ran. Kept on globalThis
// so that the page, the actions and the route handler share one list whatever the bundling.

const SIZE = 20;

type Guestbook = { entries: string[]; signed: number };

const store = globalThis as typeof globalThis & { __guestbook?: Guestbook };

function guestbook(): Guestbook {
	store.__guestbook ??= { entries: [], signed: 0 };
	return store.__guestbook;
}

export function sign(text: string): void {
	const book = guestbook();
	if (book.entries.length === SIZE) {
		book.entries.shift();
	}
	book.entries.push(text);
	book.signed++;
}

export function entries(): string[] {
	return [...guestbook().entries];
}

export function signed(): number {
	return guestbook().signed;
}
