// A GitHub Actions workflow (or composite action) read into jobs and steps with their line numbers,
// so rules can point at the exact `run:` or `uses:` line.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ParsedYaml } from './read-results.js';

export interface WorkflowStep {
  index: number;
  line: number;
  name?: string;
  id?: string;
  uses?: string;
  usesLine?: number;
  run?: string;
  /** Line of the first line of the run script's text (for a block scalar, the line after `run: |`). */
  runLine?: number;
  with: Record<string, unknown>;
  env: Record<string, unknown>;
  raw: Record<string, unknown>;
}

export interface WorkflowJob {
  id: string;
  line: number;
  name?: string;
  uses?: string;
  steps: WorkflowStep[];
  env: Record<string, unknown>;
  raw: Record<string, unknown>;
}

export interface Workflow {
  file: string;
  text: string;
  name?: string;
  on: unknown;
  jobs: WorkflowJob[];
  env: Record<string, unknown>;
}

export function parseWorkflow(file: string, parsed: ParsedYaml, text: string): Workflow {
  const root = parsed.document.contents;
  const value = (parsed.value ?? {}) as Record<string, unknown>;
  const lineOf = (node: Node | null | undefined) => (node?.range ? parsed.lineCounter.linePos(node.range[0]).line : 1);
  const jobs: WorkflowJob[] = [];
  const jobsNode = isMap(root) ? (root.get('jobs', true) as Node | undefined) : undefined;
  if (isMap(jobsNode)) {
    for (const pair of jobsNode.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const jobNode = pair.value as Node | null;
      const raw = (isMap(jobNode) ? jobNode.toJSON() : {}) as Record<string, unknown>;
      jobs.push({
        id,
        line: lineOf(pair.key as Node),
        name: typeof raw.name === 'string' ? raw.name : undefined,
        uses: typeof raw.uses === 'string' ? raw.uses : undefined,
        steps: isMap(jobNode) ? parseSteps(jobNode, lineOf) : [],
        env: objectOf(raw.env),
        raw,
      });
    }
  }
  // A composite action.yml keeps its steps under runs.steps: model it as one job named `composite`.
  const runsNode = isMap(root) ? (root.get('runs', true) as Node | undefined) : undefined;
  if (isMap(runsNode) && isSeq(runsNode.get('steps', true))) {
    jobs.push({
      id: 'composite',
      line: lineOf(runsNode),
      steps: parseSteps(runsNode, lineOf),
      env: {},
      raw: objectOf(runsNode.toJSON()),
    });
  }
  return {
    file,
    text,
    name: typeof value.name === 'string' ? value.name : undefined,
    on: value.on ?? value.true, // YAML 1.1 readers turn `on` into true; the yaml package keeps `on`
    jobs,
    env: objectOf(value.env),
  };
}

function parseSteps(owner: YAMLMap, lineOf: (node: Node | null | undefined) => number): WorkflowStep[] {
  const stepsNode = owner.get('steps', true) as Node | undefined;
  if (!isSeq(stepsNode)) return [];
  return stepsNode.items.map((item, index) => {
    const node = item as Node;
    const raw = (isMap(node) ? node.toJSON() : {}) as Record<string, unknown>;
    const usesNode = isMap(node) ? (node.get('uses', true) as Node | undefined) : undefined;
    const runNode = isMap(node) ? (node.get('run', true) as Node | undefined) : undefined;
    let runLine: number | undefined;
    if (runNode && isScalar(runNode)) {
      const start = lineOf(runNode);
      // Block scalars (| or >) start their text on the next line.
      runLine = runNode.type === 'BLOCK_LITERAL' || runNode.type === 'BLOCK_FOLDED' ? start + 1 : start;
    }
    return {
      index,
      line: lineOf(node),
      name: typeof raw.name === 'string' ? raw.name : undefined,
      id: typeof raw.id === 'string' ? raw.id : undefined,
      uses: typeof raw.uses === 'string' ? raw.uses : undefined,
      usesLine: usesNode ? lineOf(usesNode) : undefined,
      run: typeof raw.run === 'string' ? raw.run : undefined,
      runLine,
      with: objectOf(raw.with),
      env: objectOf(raw.env),
      raw,
    };
  });
}

function objectOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
