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
