/** A content problem, precise enough that a contributor can fix it without reading code. */
export interface ContentProblem {
	/** Path from the project root, e.g. `content/questions/lru-cache.mdx`. */
	file: string;
	/** 1-based line and column of the offending key or value (1:1 when the file itself is wrong). */
	line: number;
	column: number;
	/** Dotted field path, e.g. `rubric.3` or `stages.0.questions.1`; empty for the whole file. */
	field: string;
	/** The value found, as JSON, or `(missing)`. */
	value: string;
	/** What was expected instead. */
	expected: string;
}

export function describeValue(value: unknown): string {
	if (value === undefined) return '(missing)';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '(invalid date)' : value.toISOString().slice(0, 10);
	const json = JSON.stringify(value);
	if (json === undefined) return String(value);
	return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

export function formatProblem(p: ContentProblem): string {
	const where = `${p.file}:${p.line}:${p.column}`;
	const field = p.field === '' ? '(the file)' : p.field;
	return `${where}\n  field:    ${field}\n  value:    ${p.value}\n  expected: ${p.expected}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	const head = `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
	return [head, '', ...problems.map(formatProblem)].join('\n\n').replace(/\n\n\n\n/, '\n\n');
}

/** Problems sorted by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
	);
}
