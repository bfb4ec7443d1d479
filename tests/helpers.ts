import { Chalk } from 'chalk';
import { buildProgram } from '../src/cli.js';
import type { Style } from '../src/render/style.js';
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { textWidth } from '../src/render/text-width.js';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLadder } from '../src/ladder/load.js';
import { readLadderFiles } from '../src/io/ladder-dir.js';
import type { Item, Ladder } from '../src/ladder/types.js';
import { createContext, type CommandContext } from '../src/commands/context.js';
import type { Prompter } from '../src/assess/prompter.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHIPPED = join(ROOT, 'ladder');
export const FORK = join(ROOT, 'tests/fixtures/fork');
export const BIN = join(ROOT, 'bin/ladder.js');

export function tempDir(prefix = 'ladder-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of a ladder directory in a temporary folder, with some files replaced or added. */
export function ladderCopy(from: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(tempDir(), 'ladder');
  cpSync(from, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A new ladder directory holding exactly these files. */
export function writeLadder(files: Record<string, string>): string {
  const dir = join(tempDir(), 'ladder');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Loads a ladder directory the way the CLI does, without the cache. */
export function load(dir: string): { ladder?: Ladder; problems: string[] } {
  const { ladder, problems } = loadLadder(dir, readLadderFiles(dir));
  return {
    ladder,
    problems: problems.map(
      (p) => `${p.file.slice(dir.length + 1)}:${p.line}:${p.col}: ${p.message}`,
    ),
  };
}

export function mustLoad(dir: string): Ladder {
  const { ladder, problems } = load(dir);
  if (!ladder || problems.length) throw new Error(problems.join('\n'));
  return ladder;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with a clean environment and no terminal. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        XDG_CACHE_HOME: join(tempDir('ladder-cache-'), 'cache'),
        XDG_DATA_HOME: join(tempDir('ladder-data-'), 'data'),
        ...options.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A fixed style for renderer snapshots: a width, color pinned on or off, no hyperlinks. */
export function testStyle(
  width: number,
  colorLevel: 0 | 1 = 0,
  hyperlinks = false,
  unicode = true,
): Style {
  return {
    color: new Chalk({ level: colorLevel }),
    width,
    hyperlinks,
    unicode,
  };
}

/**
 * A store in a temporary folder, and the context of a command run in it by `as` at `when`,
 * collecting what the command prints: how the command tests run commands in-process.
 */
export function storeWorkspace(ladderDir = SHIPPED) {
  const dir = tempDir();
  const store = join(dir, 'store');
  const out: string[] = [];
  const err: string[] = [];
  const ctx = (
    as: string,
    when: string,
    { width = 100, interactive = false }: { width?: number; interactive?: boolean } = {},
  ): CommandContext =>
    createContext({
      ladderDir,
      packageDir: ROOT,
      style: testStyle(width),
      env: { LADDER_STORE: store, LADDER_NO_CACHE: '1', LADDER_USER: as },
      cwd: dir,
      now: () => new Date(when),
      interactive,
      out: (t) => void out.push(t),
      err: (t) => void err.push(t),
    });
  return { dir, store, out, err, ctx };
}

/** A context whose prompts are scripted: a test's answers instead of a terminal's. */
export const withPrompter = (ctx: CommandContext, prompter: Prompter): CommandContext => ({
  ...ctx,
  prompter: async () => prompter,
});

/** A ladder's content, without ids, aliases, order and item ids: what an import must keep. */
export function content(ladder: Ladder) {
  const titleOf = (ids: string[]) =>
    ids.map((id) => ladder.levels.find((l) => l.id === id)?.title ?? null);
  return {
    tracks: ladder.tracks.map((t) => t.title).sort(),
    sections: ladder.sections.map((s) => [s.id, s.title, s.kind, s.assessed]),
    levels: Object.fromEntries(
      [...ladder.levels]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((l) => [
          l.title,
          {
            track: ladder.tracks.find((t) => t.id === l.track)?.title,
            follows: titleOf(l.follows),
            sections: Object.fromEntries(
              Object.entries(l.sections).map(([id, v]) => [
                id,
                { ...v, items: v.items?.map((i) => i.text) },
              ]),
            ),
          },
        ]),
    ),
  };
}

/**
 * Lines wider than `width` columns, leaving out a line that holds one word after its markers
 * and indent: a path or URL stands alone on its line and may run past the width, never broken.
 */
export function overflowing(text: string, width: number): string[] {
  return stripVTControlCharacters(text)
    .split('\n')
    .filter(
      (line) =>
        textWidth(line) > width &&
        line
          .replace(/^[\s│|•+~*→-]*/, '')
          .replace(/[\s│|]*$/, '')
          .split(/\s+/).length > 1,
    );
}

/** Everything a ladder says, without where its files are: what a lossless round trip keeps. */
export function semantic(ladder: Ladder) {
  const source = (i: Item): unknown => ({
    source: i.markdown ?? i.text,
    id: i.id,
    items: i.items?.map(source),
  });
  return {
    title: ladder.title,
    tracks: ladder.tracks,
    sections: ladder.sections,
    groups: ladder.groups,
    shared: ladder.shared.map((e) => ({ title: e.title, items: e.items.map(source) })),
    levels: [...ladder.levels]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ file: _file, lines: _lines, ...level }) => ({
        ...level,
        sections: Object.fromEntries(
          Object.entries(level.sections).map(([id, v]) => [
            id,
            {
              status: v.status,
              kind: v.kind,
              items: v.items.map(source),
              intro: v.intro && source(v.intro),
              link: v.link,
            },
          ]),
        ),
      })),
  };
}

/** What parsing `ladder <argv>` hands to the command: its name and its options. */
export async function parse(
  argv: string,
): Promise<{ name: string; options: Record<string, unknown> }> {
  let seen: { name: string; options: Record<string, unknown> } | undefined;
  const program = buildProgram(async (name, options) => {
    seen = { name, options };
  });
  program.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  const words = [...argv.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  await program.parseAsync(['node', 'ladder', ...words]);
  return seen!;
}
