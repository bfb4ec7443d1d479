import stringWidth from 'string-width';

/** Display columns of any text: see render/text-width.ts, the one caller. */
export const unicodeWidth = (text: string): number => stringWidth(text);
