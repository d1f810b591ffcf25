// `npm run dev`: the development loop. Bundles main/, starts the real web host (dist/main/web.js) over a
// development data folder, trades its launch link for the session cookie the way a browser would, then
// runs Vite's dev server for the renderer with hot reload, proxying /api to the host. Changing a
// component reloads it in place; changing main/ needs a restart of this script.
//
// The web host itself runs unchanged, with every check it has (its own `….localhost` name and port in
// Host and Origin, the session cookie): the proxy is the one client that speaks to it, and it presents
// the host's own name, origin and cookie. The dev server answers on localhost only, refuses /api calls
// another site's page makes (Origin or Sec-Fetch-Site), and Vite itself refuses foreign Host names.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { createServer } from 'vite';

const DEV_PORT = Number(process.env.BINHAN_DEV_PORT ?? 5173);
// Its own data folder, never the real one: the dev origin's browser profile holds a separate office.
const dataDir = path.resolve(process.env.BINHAN_DATA_DIR ?? '.dev/data');
const LAUNCH_LINK = /http:\/\/([a-z0-9.-]+):(\d+)\/\?token=([\w-]+)/;
const SESSION_COOKIE = 'binhan_session';

await import('./bundle-main.mjs');
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

/** Starts the web host and resolves with its first launch link, echoing what it prints. */
function startHost() {
  const child = spawn(process.execPath, ['dist/main/web.js'], {
    env: { ...process.env, BINHAN_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}) before it printed a link`)));
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      // The launch link is traded below and the Enter hint does not apply here: the rest is echoed.
      for (const line of text.split('\n'))
        if (line.trim() !== '' && !LAUNCH_LINK.test(line) && !line.includes('Enter'))
          console.log(`[host] ${line}`);
      out += text;
      const match = LAUNCH_LINK.exec(out);
      if (match !== null) {
        child.removeAllListeners('exit');
        resolve({ child, hostName: match[1], port: Number(match[2]), token: match[3] });
      }
    });
  });
}

/** Opens the launch link as a browser would (our own Host) and returns the session cookie it sets. */
function tradeLink({ hostName, port, token }) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/?token=${token}`, headers: { Host: `${hostName}:${port}` } },
      (res) => {
        res.resume();
        const cookies = res.headers['set-cookie'] ?? [];
        const session = cookies
          .map((cookie) => new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1])
          .find((value) => value !== undefined);
        if (session === undefined)
          reject(new Error(`the web host refused its launch link (${res.statusCode})`));
        else resolve(session);
      },
    );
    req.once('error', reject);
    req.end();
  });
}

const host = await startHost();
const session = await tradeLink(host);
const authority = `${host.hostName}:${host.port}`;
const stopHost = () => host.child.kill('SIGTERM');
// However this script ends (Ctrl+C, Vite's `q`, an error), the host goes with it.
process.once('exit', stopHost);
host.child.once('exit', (code) => {
  console.error(`[dev] the web host stopped (${code}); stopping.`);
  process.exit(1);
});

/** The dev server's own pages may call /api; another site's page may not (CSRF through the proxy). */
const sameOriginApi = {
  name: 'binhan-dev-same-origin-api',
  configureServer(server) {
    server.middlewares.use('/api', (req, res, next) => {
      const site = req.headers['sec-fetch-site'];
      const origin = req.headers.origin;
      const foreign =
        (site !== undefined && site !== 'same-origin') ||
        (origin !== undefined && URL.canParse(origin) && new URL(origin).host !== req.headers.host) ||
        (origin !== undefined && !URL.canParse(origin));
      if (foreign) {
        res.statusCode = 403;
        res.end('Forbidden: /api answers the dev server’s own pages only.');
        return;
      }
      next();
    });
  },
};

const vite = await createServer({
  configFile: path.resolve('vite.config.ts'),
  plugins: [sameOriginApi],
  server: {
    host: 'localhost',
    port: DEV_PORT,
    // The browser keeps the office's records per origin: a different port would open an empty app.
    strictPort: true,
    proxy: {
      '/api': {
        target: `http://127.0.0.1:${host.port}`,
        configure(proxy) {
          proxy.on('proxyReq', (proxyReq) => {
            proxyReq.setHeader('Host', authority);
            proxyReq.setHeader('Origin', `http://${authority}`);
            proxyReq.setHeader('Cookie', `${SESSION_COOKIE}=${session}`);
          });
        },
      },
    },
  },
});
await vite.listen();
console.log(`[dev] data folder: ${dataDir}`);
console.log(`[dev] renderer with hot reload, /api → the web host at ${authority}:`);
vite.printUrls();
vite.bindCLIShortcuts({ print: true });

const stop = () => {
  host.child.removeAllListeners('exit');
  stopHost();
  void vite.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
