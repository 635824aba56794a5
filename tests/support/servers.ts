/** Where the browser tests find the built site: dist/ at the root, and a sub-path build. */
export const port = Number(process.env['E2E_PORT'] ?? 4329);
export const basePort = port + 1;
export const BASE_BUILD = 'tests/.tmp/dist-base';
export const BASE_PATH = '/handbook/';
