// Renders pages the way a reader's browser would: Debian's Chromium, headless.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers.js';

export const hasChromium = spawnSync('chromium', ['--version']).status === 0;
export const hasPdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a profile of its own, for one page. */
export class Browser {
  private readonly profile = tempDir('ladder-chromium-');

  private run(args: string[], options: { output?: boolean } = {}): string {
    return execFileSync('chromium', [...FLAGS, `--user-data-dir=${this.profile}`, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', options.output ? 'pipe' : 'ignore', 'ignore'],
      timeout: 60_000,
    });
  }

  /** The DOM as Chromium built it, in a window `width` pixels wide when given. */
  dom(file: string, width?: number): string {
    const size = width ? [`--window-size=${width},2000`] : [];
    return this.run([...size, '--dump-dom', `file://${file}`], { output: true });
  }

  /** A PNG of the window, `width` by `height`. */
  screenshot(file: string, width: number, height: number): Buffer {
    const shot = join(tempDir(), `shot-${width}.png`);
    this.run([`--window-size=${width},${height}`, `--screenshot=${shot}`, `file://${file}`]);
    return readFileSync(shot);
  }

  /** The page printed to PDF, as a reader's "Print" would, without the browser's header. */
  printToPdf(file: string): string {
    const pdf = join(tempDir(), 'page.pdf');
    this.run(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${file}`]);
    return pdf;
  }
}

/** The width and height a PNG says it has. */
export const pngSize = (png: Buffer): [number, number] => [
  png.readUInt32BE(16),
  png.readUInt32BE(20),
];
