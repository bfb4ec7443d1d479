declare const __LADDER_VERSION__: string | undefined;
declare const __LADDER_BUILD__: string | undefined;

/** Set from package.json by the build; the unbundled sources (tests) read "dev". */
export const VERSION: string = typeof __LADDER_VERSION__ === 'string' ? __LADDER_VERSION__ : 'dev';

/** A hash of everything the build put into dist/; "dev" in the unbundled sources. */
export const BUILD_ID: string = typeof __LADDER_BUILD__ === 'string' ? __LADDER_BUILD__ : 'dev';
