import stringWidth from 'string-width';

/** Display columns of any text; loaded only when text beyond ASCII is shown (see wrap.ts). */
export const unicodeWidth = (text: string): number => stringWidth(text);
