/**
 * Astro keeps parsed entries in its content store between builds and clears the store only when
 * src/content.config.ts itself changes. The schemas live in src/schemas (and their rules in
 * src/lib), so a pulled schema change would otherwise build from entries parsed by the old schema
 * ("data.terms is not iterable"). This clears the store whenever those files change.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA_SOURCES = ['src/schemas', 'src/lib'];

function files(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && d.name.endsWith('.ts'))
		.map((d) => join(d.parentPath, d.name))
		.sort();
}

/** A digest of every file the schemas can depend on. */
export function schemaDigest(root: string): string {
	const hash = createHash('sha256');
	for (const file of SCHEMA_SOURCES.flatMap((dir) => files(join(root, dir)))) {
		hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}

/** Removes Astro's content store when the schemas changed since it was written; true if it did. */
export function clearStaleContentStore(root: string, cacheDir: string): boolean {
	const stamp = join(cacheDir, 'handbook-schema-digest');
	const digest = schemaDigest(root);
	const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : null;
	if (previous === digest) return false;
	const store = join(cacheDir, 'data-store.json');
	const cleared = previous !== null && existsSync(store);
	if (cleared) rmSync(store);
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(stamp, digest);
	return cleared;
}
