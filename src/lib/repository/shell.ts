// Shell scripts: which files are shell scripts, and a small reader of their top-level structure.
import { posix } from 'node:path';
import type { Repository } from './repository.js';

const MAX_SCRIPTS = 300;

/** *.sh / *.bash files, and extension-less files in bin/ or scripts/ with a sh/bash shebang. */
export function shellScripts(repo: Repository): string[] {
  return repo.fact('shellScripts', () => {
    const out: string[] = [];
    // Only *.sh, *.bash and extension-less names can be scripts: picked from the base-name index.
    for (const file of repo.namedFiles((base) => /\.(sh|bash)$/.test(base) || !base.includes('.'))) {
      if (out.length >= MAX_SCRIPTS) break;
      const base = posix.basename(file);
      if (/\.(sh|bash)$/.test(base)) out.push(file);
      else if (
        !base.includes('.') &&
        /(^|\/)(bin|scripts?)\//.test(file) &&
        /^#!.*\b(ba)?sh\b/.test((repo.read(file) ?? '').slice(0, 100))
      )
        out.push(file);
    }
    return out;
  });
}

export interface TopLevelCommand {
  text: string;
  line: number;
}

const OPENERS = new Set(['if', 'case', 'for', 'while', 'until', 'select', '{']);
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);

/**
 * The commands of a script with the nesting depth each starts at. Heredoc bodies, comments and
 * quoted text are skipped. It is a reader of structure, not a shell parser: enough to tell a
 * top-level `exit` from one inside an if, a loop, a case arm or a function body.
 */
export function commandsWithDepth(text: string): { text: string; line: number; depth: number; conditional: boolean }[] {
  const out: { text: string; line: number; depth: number; conditional: boolean }[] = [];
  const lines = text.split(/\r?\n/);
  let depth = 0;
  let heredoc: string | undefined;
  let parens = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (heredoc !== undefined) {
      if (raw.replace(/^\t+/, '') === heredoc) heredoc = undefined;
      continue;
    }
    const hd = /<<-?\s*(['"]?)([A-Za-z_][\w]*)\1/.exec(raw);
    if (hd) heredoc = hd[2];
    const code = stripQuotesAndComments(raw);
    if (!code.trim()) continue;
    // Each command on the line (split at ; && || |) starts at the current depth; one that follows
    // && or || runs only on a condition.
    const pieces = code.split(/(;;|;|&&|\|\||\||&(?!>))/);
    for (let p = 0; p < pieces.length; p += 2) {
      const part = pieces[p];
      const words = part.trim().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      const startDepth = depth + (parens > 0 ? 1 : 0);
      const conditional = p > 0 && (pieces[p - 1] === '&&' || pieces[p - 1] === '||');
      out.push({ text: part.trim(), line: i + 1, depth: startDepth, conditional });
      for (let w = 0; w < words.length; w++) {
        const word = words[w];
        const atCommandStart = w === 0 || ['then', 'else', 'do', 'elif', '{', '('].includes(words[w - 1]);
        if (atCommandStart && OPENERS.has(word)) depth++;
        else if (CLOSERS.has(word) && (atCommandStart || word === '}')) depth--;
        else if (word.endsWith('{') && /\)\s*\{$|^\w+\(\)\{$/.test(words.slice(Math.max(0, w - 1), w + 1).join(' ')))
          depth++;
      }
      parens +=
        (part.match(/(^|\s)\(/g)?.length ?? 0) - (part.match(/\)(\s|$)/g)?.length ?? 0) * (part.includes('(') ? 1 : 0);
      if (parens < 0) parens = 0;
    }
  }
  return out;
}

function stripQuotesAndComments(line: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      out += ' ';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) break;
    out += c;
  }
  // ${VAR} and $(...) braces are not blocks.
  return out.replace(/\$\{[^}]*\}/g, 'X').replace(/\$\(\(?[^)]*\)\)?/g, 'X');
}
