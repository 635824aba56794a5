import { loadPyodide } from 'pyodide';
import { readFileSync } from 'node:fs';
const py = await loadPyodide();
const code = readFileSync(process.argv[2] ?? 0, 'utf8');
console.log(py.runPython('import sys; sys.version'));
py.runPython(code);
console.log('ok');
