import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  completeInterruptedWrite,
  interruptedWrite,
  JOURNAL,
} from '../../src/io/folder-journal.js';
import { openLadder } from '../../src/io/ladder-dir.js';
import { FORK, mustLoad, tempDir } from '../helpers.js';
import { killedAtEachMove } from '../killed-write.js';

describe('a folder write killed between its moves', () => {
  const fork = mustLoad(FORK);
  const snapshots = killedAtEachMove();

  it('is recorded in a journal at every moment between the moves', () => {
    // ladder.yaml aside, in, levels/ aside, in: four moves, each a moment a kill could stop.
    expect(snapshots).toHaveLength(4);
    for (const dir of snapshots) expect(interruptedWrite(dir)).toBe(join(dir, JOURNAL));
  });

  it('is completed by the next open: the new ladder whole, other files kept, no debris', async () => {
    for (const dir of snapshots) {
      const ladder = await openLadder(dir, { LADDER_NO_CACHE: '1' });
      expect(ladder.levels.map((l) => l.id)).toEqual(fork.levels.map((l) => l.id));
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('Our notes\n');
      expect(readdirSync(join(dir, '..'))).toEqual(['ladder']);
      expect(readdirSync(dir).sort()).toEqual(['README.md', 'ladder.yaml', 'levels', 'schema']);
      // Completing it again is nothing to do.
      completeInterruptedWrite(dir);
      expect(mustLoad(dir).levels).toHaveLength(fork.levels.length);
    }
  });

  it('whose staged files are gone is one line naming its record, never a ladder half old', async () => {
    const copy = tempDir();
    cpSync(join(killedAtEachMove()[1]!, '..'), copy, { recursive: true });
    const dir = join(copy, 'ladder');
    for (const name of readdirSync(copy))
      if (name !== 'ladder') rmSync(join(copy, name), { recursive: true });
    await expect(openLadder(dir, { LADDER_NO_CACHE: '1' })).rejects.toMatchObject({
      message: expect.stringMatching(
        new RegExp(
          `^a write into ${dir} was interrupted and cannot be completed: the files it was writing are gone`,
        ),
      ),
      hint: `its record is ${join(dir, JOURNAL)}`,
    });
  });

  it('with a record naming a folder outside is refused, and nothing is moved', async () => {
    const copy = tempDir();
    cpSync(join(killedAtEachMove()[0]!, '..'), copy, { recursive: true });
    const dir = join(copy, 'ladder');
    writeFileSync(join(dir, JOURNAL), JSON.stringify({ staging: '../../etc', entries: [] }));
    await expect(openLadder(dir, { LADDER_NO_CACHE: '1' })).rejects.toThrow(
      'its record is not one ladder wrote',
    );
  });
});
