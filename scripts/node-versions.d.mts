// The types of node-versions.mjs, for the tests that import it.
export interface NodeAtHand {
  path: string;
  version: string;
  v8: string;
}
export declare function nodes(root?: string): NodeAtHand[];
