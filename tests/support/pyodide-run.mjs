// Runs a Python file on CPython 3.14 compiled to WebAssembly (the `pyodide` npm package), with no
// network: `node tests/support/pyodide-run.mjs block.py`. Prints the version first.
import { readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';

const py = await loadPyodide();
console.log(`Pyodide (Python ${py.runPython('import platform; platform.python_version()')})`);
py.runPython(readFileSync(process.argv[2], 'utf8'), { filename: process.argv[2] });
