import { describe, expect, it } from 'vitest';
import { whoseToWrite } from '../../src/assess/pick.js';
import { matchPerson, person } from '../../src/ladder/people.js';

const known = [person('Alice Martin'), person('Alan Ng'), person('Bob Lee')];
const me = () => 'Sam Roe';

describe('finding the person --for names', () => {
  it('takes an id, a full name, or any unique prefix for a read', () => {
    expect(matchPerson(known, 'bob-lee')).toMatchObject({
      kind: 'found',
      person: { name: 'Bob Lee' },
    });
    expect(matchPerson(known, 'ALICE MARTIN')).toMatchObject({ kind: 'found' });
    expect(matchPerson(known, 'Ali')).toMatchObject({
      kind: 'found',
      person: { name: 'Alice Martin' },
    });
    expect(matchPerson(known, 'Al')).toMatchObject({ kind: 'ambiguous' });
  });

  it('for a write, takes a prefix only where it ends at a word of the name or id', () => {
    expect(matchPerson(known, 'alice', true)).toMatchObject({
      kind: 'found',
      person: { name: 'Alice Martin' },
    });
    expect(matchPerson(known, 'alan', true)).toMatchObject({
      kind: 'found',
      person: { name: 'Alan Ng' },
    });
    expect(matchPerson(known, 'Ali', true)).toMatchObject({
      kind: 'partial',
      candidates: [{ name: 'Alice Martin' }],
      person: { name: 'Ali' },
    });
    expect(matchPerson(known, 'Zoe', true)).toMatchObject({ kind: 'new', person: { id: 'zoe' } });
  });

  it('asks about a partial name in a terminal: yes is them, no is someone new', async () => {
    const asked: string[] = [];
    const yes = await whoseToWrite(known, 'Ali', me, async (q) => (asked.push(q), true));
    expect(yes).toEqual({ person: known[0], me: false });
    expect(asked).toEqual(['Nobody is called "Ali". Do you mean Alice Martin (alice-martin)?']);
    const no = await whoseToWrite(known, 'Ali', me, async () => false);
    expect(no).toEqual({ person: { id: 'ali', name: 'Ali' }, me: false });
  });

  it('without a terminal, a partial name is a usage error naming who it could be', async () => {
    await expect(whoseToWrite(known, 'Ali', me)).rejects.toMatchObject({
      exitCode: 2,
      message: '"Ali" is only the start of Alice Martin (alice-martin)',
    });
    // Me is me, whatever the store holds.
    expect(await whoseToWrite(known, undefined, me)).toEqual({
      person: person('Sam Roe'),
      me: true,
    });
  });
});
