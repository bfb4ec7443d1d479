// The emoji data markdown-it-emoji ships, which has no types of its own: shortcode → emoji.
declare module 'markdown-it-emoji/lib/data/full.mjs' {
  const shortcodes: Record<string, string>;
  export default shortcodes;
}
