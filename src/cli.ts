import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { createContext } from './commands/context.js';
import { addExamples, declare, tellCommander, type Runner } from './commands/commander.js';
import { REGISTRY, runnable } from './commands/registry.js';
import { ExitCode, Stopped, UserError } from './errors.js';
import { clock } from './io/clock.js';
import { chooseLadderDir } from './io/ladder-dir.js';
import { messageWriter, stderrWidth, outputInfo, writer } from './io/output.js';
import { talkChannel, type Talk } from './io/talk.js';
import { detectStyle } from './io/terminal.js';
import { stoppedText } from './render/messages.js';
import { sanitizeLine } from './render/sanitize.js';
import { VERSION } from './version.js';

interface GlobalOptions {
  ladder?: string;
  color: boolean;
}

const out = writer(1, () => process.stdout);
const rawErr = writer(2, () => process.stderr);
const err = messageWriter(rawErr, process.env);

function contextFor(command: Command, packageDir: string) {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const env = process.env;
  const info = outputInfo();
  const style = detectStyle(info, env, globals.color);
  let talk: Talk | undefined;
  return createContext({
    ladderDir: chooseLadderDir(globals.ladder, env, join(packageDir, 'ladder'), process.cwd()),
    packageDir,
    style,
    env,
    cwd: process.cwd(),
    now: clock(env),
    // Asked only by the commands that prompt: creating process.stdin costs a start.
    get interactive() {
      return Boolean(process.stdin.isTTY);
    },
    out,
    err,
    // Decided when a command first talks: it looks at both streams.
    get talk() {
      const stderr = { write: rawErr, stream: () => process.stderr };
      const stdout = { isTTY: info.isTTY, style, write: out };
      return (talk ??= talkChannel(stdout, stderr, env, globals.color));
    },
  });
}

/**
 * The program, with every command or only the one about to run: declaring the others is work
 * a short command would notice. Parsing ends in `run`, which is handed the command's name and
 * its options; the test of argv → options hands in its own.
 */
export function buildProgram(run: Runner, only: (name: string) => boolean = () => true): Command {
  const program = new Command('ladder')
    .description(
      'Explore an engineering career ladder: what a level expects, what changes at the next one.',
    )
    .version(VERSION, '-V, --version')
    .option(
      '--ladder <dir>',
      'ladder directory (default: $LADDER_DIR, else the ladder of the git repository you are in, else the one shipped with ladder)',
    )
    .option('--no-color', 'never color the output (NO_COLOR and FORCE_COLOR are honored too)');
  tellCommander(program, out, err);
  addExamples(program, [
    'ladder list',
    'ladder show vp-eng',
    'ladder diff director vp',
    'ladder search "external"',
  ]);
  for (const declaration of REGISTRY)
    if (only(declaration.name)) declare(program, declaration, run);
  return program;
}

/** The error boundary: the one place where an error becomes a message and an exit code. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message; help and --version end here too.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  const debug = process.env.LADDER_DEBUG === '1';
  if (error instanceof Stopped) {
    rawErr(stoppedText(error, stderrWidth(process.env) ?? 80));
    return error.exitCode;
  }
  if (error instanceof UserError) {
    err(`error: ${sanitizeLine(error.message)}\n`);
    if (error.hint) err(`hint: ${sanitizeLine(error.hint)}\n`);
    if (debug) err(`${error.stack}\n`);
    return error.exitCode;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  // A reader that stops early (`ladder show vp | head -1`) is not an error.
  if (code === 'EPIPE') return Number(process.exitCode ?? ExitCode.ok);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    err('error: no space left on the device; nothing more could be written\n');
    return ExitCode.failure;
  }
  const e = error as Error;
  err(`error: unexpected failure: ${sanitizeLine(String(e?.message ?? e))}\n`);
  err(debug ? `${e?.stack}\n` : 'hint: run with LADDER_DEBUG=1 for details\n');
  return ExitCode.failure;
}

/** Runs a command for real: its context from the process, its exit code into the process. */
function runner(packageDir: string): Runner {
  const commands = new Map(runnable().map((d) => [d.name, d]));
  return async (name, options, command) => {
    const run = await commands.get(name)!.run();
    const code = await run(options as never, contextFor(command, packageDir));
    if (typeof code === 'number') process.exitCode = code;
  };
}

const isCommand = (name: string | undefined) => REGISTRY.some((d) => d.name === name);

/** Runs the CLI. `packageDir` holds the shipped ladder/, used when no other is chosen. */
export async function main(argv: string[], packageDir: string): Promise<void> {
  try {
    // A Tab in a shell set up with `ladder completion`: `ladder complete -- <words>`.
    if (argv[2] === 'complete') {
      const words = argv.slice(argv.indexOf('--') + 1);
      // Past the command's name, only that command's options and arguments can be asked for;
      // the completion library adds a `completion` command of its own.
      const named = words.length > 1 && isCommand(words[0]) ? words[0] : undefined;
      const program = buildProgram(
        runner(packageDir),
        (name) => name !== 'completion' && (named === undefined || name === named),
      );
      const { completionRequest } = await import('./commands/completion/request.js');
      return await completionRequest(program, words, contextFor(program, packageDir));
    }
    // Only the command named first, when one is: help and unknown commands get them all.
    const named = isCommand(argv[2]) ? argv[2] : undefined;
    const program = buildProgram(runner(packageDir), (n) => named === undefined || n === named);
    if (argv.length <= 2) program.outputHelp();
    else await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}
