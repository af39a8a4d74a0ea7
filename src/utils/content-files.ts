import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { readYamlFile } from './yaml-file.ts';
import type { ContentFile, ContentFiles } from './content-check.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A content YAML file; a missing or invalid one fails the read naming the file (the content check reports it). */
function readYaml(path: string, root: string): ContentFile {
  const read = readYamlFile(path, root);
  if (read.error) throw new Error(`${read.path}: (file): ${read.error}`);
  return read;
}

function readMdx(path: string, root: string): ContentFile {
  const file = relative(root, path);
  const source = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match) return { path: file, data: {}, body: source };
  try {
    return { path: file, data: parse(match[1] ?? ''), body: source.slice(match[0].length) };
  } catch (error) {
    throw new Error(`${file}: frontmatter: invalid YAML: ${(error as Error).message}`, { cause: error });
  }
}

function list(dir: string, extension: RegExp): string[] {
  return readdirSync(dir)
    .filter((name) => extension.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads every content file under `contentDir`, paths reported relative to `root`. */
export function readContentFiles(contentDir: string, root = process.cwd()): ContentFiles {
  return {
    course: readYaml(join(contentDir, 'course', 'course.yaml'), root),
    lessons: list(join(contentDir, 'lessons'), /\.mdx$/).map((p) => readMdx(p, root)),
    glossary: list(join(contentDir, 'glossary'), /\.ya?ml$/).map((p) => readYaml(p, root)),
    quizzes: existsSync(join(contentDir, 'quizzes'))
      ? list(join(contentDir, 'quizzes'), /\.ya?ml$/).map((p) => readYaml(p, root))
      : [],
  };
}
