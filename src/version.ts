declare const __LADDER_VERSION__: string | undefined;

/** Set from package.json by the build; the unbundled sources (tests) read "dev". */
export const VERSION: string = typeof __LADDER_VERSION__ === 'string' ? __LADDER_VERSION__ : 'dev';
