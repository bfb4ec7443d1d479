import {
  createPrompt,
  isEnterKey,
  makeTheme,
  useEffect,
  useKeypress,
  usePrefix,
  useState,
  type Theme,
} from '@inquirer/core';
import type { PartialDeep } from '@inquirer/type';

interface EditableConfig {
  message: string;
  /** The text the line starts with, to edit or to clear. */
  value: string;
  validate?: (value: string) => true | string;
  theme?: PartialDeep<Theme>;
}

/**
 * A line of text that starts out holding `value`. Unlike inquirer's input, what is on the line
 * when Enter is pressed is the answer: a line cleared to nothing is an empty answer, never the
 * old value coming back.
 */
export const editableInput = createPrompt<string, EditableConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState(config.value);
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });
  useEffect((rl) => {
    if (config.value) rl.write(config.value);
  }, []);
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const valid = config.validate ? config.validate(value) : true;
      if (valid === true) {
        setStatus('done');
        done(value);
      } else {
        rl.write(value);
        setError(valid);
      }
      return;
    }
    setValue(rl.line);
    setError(undefined);
  });
  const message = theme.style.message(config.message, status);
  const shown = status === 'done' ? theme.style.answer(value) : value;
  return [`${prefix} ${message} ${shown}`, error ? theme.style.error(error) : ''];
});
