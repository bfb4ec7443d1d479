import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import { errorCode } from './fs-errors.js';
import { wrapMessages } from '../render/messages.js';
import { outputWidth, type OutputStream } from './terminal.js';

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
 * What a command needs to know of where its output goes (stdout, or stderr with fd 2). Only a
 * character device can be a terminal, and /dev/null (where scripts and benchmarks send output)
 * is one that is not: for it, a pipe or a file, the stream (and the tty module) is never
 * created.
 */
export function outputInfo(fd: 1 | 2 = 1): OutputStream {
  const device = statOf(() => fstatSync(fd));
  if (!device?.isCharacterDevice() || isNullDevice(device)) return { isTTY: false };
  const out = fd === 1 ? process.stdout : process.stderr;
  return {
    isTTY: Boolean(out.isTTY),
    columns: out.columns,
    getColorDepth: () => out.getColorDepth?.() ?? 4,
  };
}

function isNullDevice(device: Stats): boolean {
  const nul = statOf(() => statSync('/dev/null'));
  return nul !== undefined && nul.rdev === device.rdev && nul.ino === device.ino;
}

/** A closed stdout, or a system without /dev/null, is simply not what was asked about. */
function statOf(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** Stderr's width when it is a terminal; piped, each message stays one line for a program. */
export function stderrWidth(env: Record<string, string | undefined>): number | undefined {
  const info = outputInfo(2);
  return info.isTTY ? outputWidth(info, env) : undefined;
}

/** Writes stderr: in a terminal, its errors, warnings and hints wrapped to its width. */
export function messageWriter(
  write: (text: string) => void,
  env: Record<string, string | undefined>,
) {
  let width: number | undefined | null = null;
  return (text: string): void => {
    width = width === null ? stderrWidth(env) : width;
    write(width ? wrapMessages(text, width) : text);
  };
}
