/**
 * Records keyed by ids that come from content, links or files. A plain `{}` answers
 * `ratings['constructor']` with Object's constructor, so every id-keyed lookup goes through
 * `own`, and every id-keyed record the tools build has no prototype at all.
 */

/** An empty record with no prototype: no id can collide with an inherited property. */
export function blankRecord<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

/** A prototype-free record from entries; a later entry with the same key wins. */
export function recordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
	const out = blankRecord<T>();
	for (const [k, v] of entries) out[k] = v;
	return out;
}

/** The record's own value for the key, never an inherited one. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A prototype-free copy with one key set. */
export function withKey<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
	const out = recordFrom(Object.entries(record));
	out[key] = value;
	return out;
}
