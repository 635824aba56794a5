/**
 * CPython 3.14 compiled to WebAssembly (the `pyodide` npm package), run inside Node with no
 * network. One interpreter for the whole run; each block gets a fresh globals dict, and the
 * modules it imported stay cached, as they would in one process.
 */
import { loadPyodide, type PyodideInterface } from 'pyodide';

export interface PyodideRunner {
	name: string;
	minor: string;
	run(code: string, filename: string): { ok: boolean; report: string };
}

export async function startPyodide(): Promise<PyodideRunner> {
	const py: PyodideInterface = await loadPyodide({ stdout: () => {}, stderr: () => {} });
	const version = py.runPython('import platform; platform.python_version()') as string;
	return {
		name: `Pyodide (Python ${version})`,
		minor: version.split('.').slice(0, 2).join('.'),
		run(code, filename) {
			const globals = py.toPy({ __name__: '__main__' });
			try {
				py.runPython(code, { globals, filename });
				return { ok: true, report: 'passed' };
			} catch (error) {
				const text = error instanceof Error ? error.message : String(error);
				return { ok: false, report: text.trim().split('\n').slice(-8).join('\n') };
			} finally {
				globals.destroy();
			}
		},
	};
}
