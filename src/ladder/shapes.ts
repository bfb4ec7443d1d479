/** A map, as parsed YAML or JSON gives one: not null, not a list. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
