// Reads the toolkit's content at build time (pages, content check): the templates in content/templates/ and
// the two guides in content/toolkit/. Islands get the parsed data as props and never touch the file system.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadMatching } from '../../exercises/matching/data.ts';
import { guideSchema, type Guide } from '../schemas/guide.ts';
import { templateSchema, type Template } from '../schemas/template.ts';
import type { ContentFile } from '../utils/content-check.ts';
import { readYamlFile } from '../utils/yaml-file.ts';
import { contentDir } from '../utils/content-dir.ts';

function readDir(dir: string, root: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => readYamlFile(join(dir, name), root));
}

/** Every template file as read (`content/templates/NN-<id>.yaml`). */
export const readTemplateFiles = (dir = contentDir, root = process.cwd()) => readDir(join(dir, 'templates'), root);
/** Every guide file as read (`content/toolkit/<id>.yaml`). */
export const readGuideFiles = (dir = contentDir, root = process.cwd()) => readDir(join(dir, 'toolkit'), root);

/** The templates, parsed and in order, with vocabulary choices turned into options (labels from the matching model). */
export function loadTemplates(dir = contentDir, root = process.cwd()): Template[] {
  const { vocabulary } = loadMatching().model;
  return readTemplateFiles(dir, root)
    .map((file) => templateSchema.parse(file.data))
    .sort((a, b) => a.order - b.order)
    .map((template) => ({
      ...template,
      sections: template.sections.map((section) => ({
        ...section,
        fields: section.fields.map((field) => {
          if (field.type === 'rows' || !('vocabulary' in field) || !field.vocabulary) return field;
          const words = vocabulary[field.vocabulary];
          return { ...field, options: Object.entries(words).map(([id, label]) => ({ id, label })) };
        }),
      })),
    }));
}

/** The delivery plan and the mentor-training outline, by id. */
export function loadGuides(dir = contentDir, root = process.cwd()): Guide[] {
  return readGuideFiles(dir, root).map((file) => guideSchema.parse(file.data));
}
