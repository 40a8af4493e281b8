// A Dockerfile read into instructions with their lines (continuations joined, comments dropped).

export interface DockerInstruction {
  keyword: string;
  args: string;
  line: number;
}

export function parseDockerfile(text: string): DockerInstruction[] {
  const out: DockerInstruction[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let current = lines[i];
    if (/^\s*#/.test(current) || !current.trim()) continue;
    while (/\\\s*$/.test(current) && i + 1 < lines.length) {
      i++;
      if (/^\s*#/.test(lines[i])) continue;
      current = current.replace(/\\\s*$/, ' ') + lines[i];
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(current);
    if (m) out.push({ keyword: m[1].toUpperCase(), args: m[2].trim(), line: start + 1 });
  }
  return out;
}

/** Instructions of the final build stage (from its FROM on). */
export function finalStage(instructions: DockerInstruction[]): DockerInstruction[] {
  let from = -1;
  instructions.forEach((ins, i) => {
    if (ins.keyword === 'FROM') from = i;
  });
  return from < 0 ? [] : instructions.slice(from);
}

export interface DockerStage {
  /** `AS <name>` of the stage, lower-cased, if any. */
  name?: string;
  /** The FROM image (or an earlier stage's name), without `--platform`. */
  image: string;
  from: DockerInstruction;
  instructions: DockerInstruction[];
}

/** The build stages of a Dockerfile, in order. */
export function stages(instructions: DockerInstruction[]): DockerStage[] {
  const out: DockerStage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const as = words.findIndex((w) => w.toLowerCase() === 'as');
      out.push({
        image: words[0] ?? '',
        name: as > 0 ? words[as + 1]?.toLowerCase() : undefined,
        from: ins,
        instructions: [ins],
      });
    } else if (out.length) out[out.length - 1].instructions.push(ins);
  }
  return out;
}

/** The stage and the chain of earlier stages it is built FROM (runtime stage first). */
export function stageChain(all: DockerStage[], stage: DockerStage): DockerStage[] {
  const chain = [stage];
  for (let current = stage; ;) {
    const parent = all.find((s) => s.name && s.name === current.image.toLowerCase() && !chain.includes(s));
    if (!parent) return chain;
    chain.push(parent);
    current = parent;
  }
}

/** Values of `ARG name=value` before the first FROM, to resolve `FROM node:${NODE_VERSION}`. */
export function globalArgs(instructions: DockerInstruction[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') break;
    const m = /^(\w+)=(?:"([^"]*)"|'([^']*)'|(\S*))/.exec(ins.keyword === 'ARG' ? ins.args : '');
    if (m) args[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return args;
}

/** `FROM` image text with `${ARG}` / `$ARG` replaced by the global ARG defaults. */
export function resolveImage(image: string, args: Record<string, string>): string {
  return image.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_, a, fallback, b) => args[a ?? b] ?? fallback ?? '');
}
