import { fstatSync, writeSync } from 'node:fs';
import { errorCode } from './fs-errors.js';
import type { OutputStream } from './terminal.js';

/**
 * Output is written with writeSync on the file descriptor: creating process.stdout loads Node's
 * stream and network modules, which costs more than a short command's own work. A descriptor
 * left non-blocking by whatever started ladder (EAGAIN) falls back to the stream; a reader that
 * went away (EPIPE) is thrown to the top of the CLI, which ends quietly.
 */
export function writer(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let fallback: NodeJS.WriteStream | undefined;
  return (text) => {
    if (fallback) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text);
    for (let done = 0; done < bytes.length;) {
      try {
        done += writeSync(fd, bytes, done);
      } catch (error) {
        if (errorCode(error) !== 'EAGAIN') throw error;
        fallback = stream();
        fallback.on('error', (failure: NodeJS.ErrnoException) => {
          if (failure.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          process.exitCode = 1;
        });
        fallback.write(bytes.subarray(done));
        return;
      }
    }
  };
}

/**
 * What a command needs to know of where stdout goes. Only a character device can be a terminal;
 * for a pipe or a file, the stream (and the tty module) is never created.
 */
export function stdoutInfo(): OutputStream {
  let device = false;
  try {
    device = fstatSync(1).isCharacterDevice();
  } catch {
    // A closed stdout: not a terminal.
  }
  if (!device) return { isTTY: false };
  const out = process.stdout;
  return {
    isTTY: Boolean(out.isTTY),
    columns: out.columns,
    getColorDepth: () => out.getColorDepth?.() ?? 4,
  };
}
