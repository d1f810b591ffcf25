/** Ends the CLI with exit code 2: the command line itself is wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Ends the CLI with exit code 1: the input was read and refused, or a file could not be used. */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

/** One line, whatever the message holds: scripts read the first line of stderr. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
