import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ladderCopy, SHIPPED, tempDir } from '../helpers.js';

const env = { PATH: process.env.PATH, HOME: tempDir(), NO_COLOR: '1', LADDER_NO_CACHE: '1' };

/** The shipped ladder with `n` more levels like vp-eng: an export of a few hundred KB. */
function bigLadder(n: number): string {
  const vp = readFileSync(join(SHIPPED, 'levels', 'vp-eng.yaml'), 'utf8');
  const files: Record<string, string> = {};
  for (let k = 0; k < n; k++)
    files[`levels/extra-${k}.yaml`] = vp
      .replace(/^id: .*$/m, `id: extra-${k}`)
      .replace(/^title: .*$/m, `title: Extra ${k}`)
      .replace(/^aliases: .*$/m, 'aliases: []')
      .replace(/^order: .*$/m, `order: ${100 + k}`);
  return ladderCopy(SHIPPED, files);
}

/**
 * What `args` print into a pipe made non-blocking (as some tools leave it) and read a little at
 * a time: ladder's writes meet EAGAIN and go through a stream, which must be drained before
 * the process ends. perl (Debian's perl-base, always there) sets the flag: Node's own spawn
 * makes a child's stdio blocking again.
 */
function throughSlowPipe(args: string[]): Promise<{ code: number | null; out: Buffer }> {
  const nonBlocking =
    'use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV';
  const child = spawn('perl', ['-e', nonBlocking, process.execPath, BIN, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 10);
  });
  return new Promise((done) =>
    child.on('close', (code) => done({ code, out: Buffer.concat(chunks) })),
  );
}

describe('the end of a run', () => {
  it('keeps the exit code and the messages of a run that ends as soon as it is done', () => {
    const r = spawnSync(process.execPath, [BIN, 'show', 'nope'], { env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown level "nope"\n/);
  });

  it('loses nothing of an output written through a stream, into a slow non-blocking pipe', async () => {
    const dir = bigLadder(300);
    const args = ['export', '--format', 'html', '--out', '-', '--ladder', dir];
    const whole = spawnSync(process.execPath, [BIN, ...args], { env, maxBuffer: 1 << 26 }).stdout;
    expect(whole.length).toBeGreaterThan(1024 * 1024);
    const { code, out } = await throughSlowPipe(args);
    expect(code).toBe(0);
    expect(out.length).toBe(whole.length);
    expect(out.equals(whole)).toBe(true);
  }, 60_000);
});
