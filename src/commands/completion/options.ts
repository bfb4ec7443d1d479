import { argument } from '../specs.js';
import type { OptionsOf } from '../define.js';
const SHELLS = ['bash', 'zsh', 'fish'] as const;
export const args = {
  shell: argument<(typeof SHELLS)[number]>('<shell>', 'the shell', (a) => a.choices(SHELLS)),
};
export type CompletionOptions = OptionsOf<typeof args>;
