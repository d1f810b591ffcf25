import { runWebHost } from './web/run';

/** `npm run start:web`: the web host alone — serves the app on 127.0.0.1 and prints the URL that opens it. */
runWebHost().then(
  (host) => {
    const stop = () => void host.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
