// What reading the repository yields besides text: a warning about a file that could not be read,
// and a parsed YAML file with its line counter. Its own module so the walk, the workflow reader
// and the repository model share the types without importing each other.
import type { Document, LineCounter } from 'yaml';

export interface ReadWarning {
  file: string;
  message: string;
}

export interface ParsedYaml {
  value: unknown;
  document: Document;
  lineCounter: LineCounter;
}
