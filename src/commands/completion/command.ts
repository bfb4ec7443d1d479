import { defineCommand } from '../define.js';
import { args } from './options.js';

export default defineCommand({
  name: 'completion',
  description: 'print the script that makes Tab complete ladder in bash, zsh or fish',
  arguments: args,
  examples: [
    'source <(ladder completion bash)',
    'ladder completion zsh > "${fpath[1]}/_ladder"',
    'ladder completion fish > ~/.config/fish/completions/ladder.fish',
  ],
  notes: `To keep it: add the first line to ~/.bashrc (bash-completion must be installed), or write the
script where your shell loads completions from, as above. Tab then completes commands,
options and their values, level ids and aliases, section ids (after a comma too), people and
saved assessments, from the ladder that --ladder or LADDER_DIR names.
`,
  run: async () => (await import('./run.js')).completion,
});
