import { spawn } from 'node:child_process';
import type { ExternalOpener } from './app-service';

/** The web host's opener: the OS's own command, with the URL as one argument and no shell. */
export const osOpener: ExternalOpener = (url) =>
  new Promise((resolve, reject) => {
    const [command, args] =
      process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : [process.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
