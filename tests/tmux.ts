// Drives the built CLI in a real terminal: tmux runs it, send-keys types, capture-pane reads.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, tempDir } from './helpers.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export class Terminal {
  private readonly socket = `ladder-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  private readonly work = tempDir('ladder-tmux-');

  constructor(
    private readonly env: Record<string, string>,
    private readonly size: { columns: number; rows: number } = { columns: 100, rows: 50 },
  ) {}

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Starts `ladder <args>` in a fresh terminal of the given size. */
  run(cli: string): void {
    this.start(`cd '${ROOT}' && env ${this.envWords()} node '${BIN}' ${cli}`);
  }

  /** Starts a shell (`bash --norc -i`, …) in a fresh terminal, in `cwd`, with the env given. */
  shell(command: string, cwd: string): void {
    this.start(`cd '${cwd}' && env ${this.envWords()} ${command}`);
  }

  private envWords(): string {
    return Object.entries({ TERM: 'xterm-256color', ...this.env })
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
  }

  private start(program: string): void {
    this.kill();
    rmSync(join(this.work, 'exit'), { force: true });
    const command = `${program}; echo $? > '${this.work}/exit'; sleep 60`;
    const session = [
      'new-session',
      '-d',
      '-s',
      'main',
      '-x',
      String(this.size.columns),
      '-y',
      String(this.size.rows),
      command,
    ];
    // A server that was just killed may still be going away: try again for a moment.
    for (let attempt = 0; ; attempt++) {
      try {
        this.tmux(...session);
        return;
      } catch (error) {
        if (attempt === 20) throw error;
        execFileSync('sleep', ['0.1']);
      }
    }
  }

  /** What the terminal shows; `escapes` keeps the color codes, `join` unwraps wrapped lines. */
  screen(options: { escapes?: boolean; join?: boolean } = {}): string {
    return this.tmux(
      'capture-pane',
      '-p',
      ...(options.escapes ? ['-e'] : []),
      ...(options.join ? ['-J'] : []),
      '-S',
      '-',
      '-t',
      'main',
    );
  }

  /** How many times the screen shows `text` so far, for waitForMore. */
  count(text: string): number {
    return this.screen().split(text).length - 1;
  }

  /** Waits until the screen shows `text` more often than `before` times: shown anew. */
  async waitForMore(text: string, before: number, timeout = 15_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const shown = this.screen();
      if (shown.split(text).length - 1 > before) return shown;
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${text} anew; the screen shows:\n${shown}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits until the line the cursor is on (the last one written) matches: the active prompt. */
  async waitForPrompt(pattern: RegExp, timeout = 15_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const lines = this.screen().trimEnd().split('\n');
      const last = lines.at(-1) ?? '';
      if (pattern.test(last)) return last;
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${pattern}; the last line is:\n${last}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  async waitFor(text: string | RegExp, timeout = 15_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const shown = this.screen();
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${text}; the screen shows:\n${shown}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async exitCode(timeout = 15_000): Promise<number> {
    const file = join(this.work, 'exit');
    const end = Date.now() + timeout;
    while (!existsSync(file)) {
      if (Date.now() > end) throw new Error(`no exit code; the screen shows:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 50));
    return Number(readFileSync(file, 'utf8'));
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // No server yet, or already gone.
    }
  }
}
