/** Runs an entry's schema and turns every zod issue into a ContentProblem with a position. */
import type { z } from 'astro/zod';
import { describeValue, type ContentProblem } from './problem.ts';
import type { FieldPath, ParsedSource } from './source.ts';

export function valueAt(data: unknown, path: FieldPath): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

/** Zod's default wording is "Invalid input: expected string, received number"; the value is shown separately. */
function expectation(message: string): string {
	return message
		.replace(/^Invalid input:\s*/i, '')
		.replace(/,\s*received \w+$/i, '')
		.replace(/^Invalid option:\s*expected one of /i, 'one of ')
		.replace(/^expected\s+/i, '');
}

export interface ValidatedEntry<T> {
	data?: T;
	problems: ContentProblem[];
}

export function validateEntry<S extends z.ZodType>(
	schema: S,
	source: ParsedSource,
	file: string,
): ValidatedEntry<z.output<S>> {
	if (source.syntaxError) {
		const { position, message } = source.syntaxError;
		return { problems: [{ file, ...position, field: '', value: '(unparsable)', expected: message }] };
	}
	const result = schema.safeParse(source.data ?? {});
	if (result.success) return { data: result.data, problems: [] };

	const problems: ContentProblem[] = [];
	for (const issue of result.error.issues) {
		const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const fieldPath = [...path, key];
				problems.push({
					file,
					...source.locate(fieldPath),
					field: fieldPath.join('.'),
					value: describeValue(valueAt(source.data, fieldPath)),
					expected: 'no such field here (check the spelling against the template in CONTRIBUTING.md)',
				});
			}
			continue;
		}
		// Cross-field rules report the value they judged (a sum, say) in params; others point at the field.
		const params = issue.code === 'custom' ? (issue.params as { value?: unknown } | undefined) : undefined;
		const value = params && 'value' in params ? params.value : valueAt(source.data, path);
		problems.push({
			file,
			...source.locate(path),
			field: path.join('.'),
			value: describeValue(value),
			expected: expectation(issue.message),
		});
	}
	return { problems };
}
