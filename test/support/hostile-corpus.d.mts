export const CANARY_WORKFLOW: string;
export const SENTINEL_TOKEN: string;
export function paddedWorkflow(bytes: number): string;
export interface HostileRepo {
  name: string;
  root: string;
  git: boolean;
  /** Workflows the audit must report as ci/unreadable-workflow. */
  unreadable: string[];
  /** Other files the rules read that the audit must report as config/unreadable-file. */
  unreadableFiles?: string[];
  /** Planted links that must still be links afterwards. */
  links?: string[];
  /** Template injections expected beyond the canary's. */
  injections?: number;
  afterCommit?: (root: string) => void;
}
export function buildHostileCorpus(options?: { manyWorkflows?: number }): {
  base: string;
  outside: string;
  repos: HostileRepo[];
};
