#!/usr/bin/env node
// `binhan`, the command line for province IT (package.json "bin"): see main/cli/run.ts.
import { nodeCliIo } from './cli/io';
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), nodeCliIo());
