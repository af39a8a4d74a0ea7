import { describe, expect, test } from 'vitest';
import { manifest12, manifest2004, type ManifestInput } from '../../../../scorm/package/manifest.ts';
import { validateManifest } from '../../../../scorm/package/validate.ts';
import { escapeXml } from '../../../../scorm/package/xml.ts';

const input: ManifestInput = {
  id: 'lse-mentoring-module-1',
  title: 'Mentoring społeczny w samozatrudnieniu opartym na stylu życia (LSE) & <więcej>',
  description: 'Opis "kursu" z cudzysłowem',
  version: '0.1.0',
  language: 'pl',
  masteryScore: 80,
  masteryScore12: true,
  outcomes: ['lo1', 'lo2', 'lo3', 'lo4', 'lo5', 'lo6'],
  launch: 'kurs.html',
  files: ['kurs.html', 'index.html', 'lekcje/roles.html', '_astro/a b.js', 'imsmanifest.xml'],
};

describe('manifest12', () => {
  test('validates against the SCORM 1.2 XSDs', () => {
    expect(validateManifest(manifest12(input), '1.2')).toEqual([]);
  });

  test('returns one SCO launching the course, with mastery score and every file', () => {
    const xml = manifest12(input);
    expect(xml).toContain('adlcp:scormtype="sco" href="kurs.html"');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml.match(/<file /g)).toHaveLength(input.files.length);
    expect(xml).toContain('&amp; &lt;więcej&gt;');
    expect(xml).toContain('<imsmd:language>pl</imsmd:language>');
  });

  test('leaves the mastery score out when the course holds terminal statuses back', () => {
    const xml = manifest12({ ...input, masteryScore12: false });
    expect(xml).not.toContain('masteryscore');
    expect(validateManifest(xml, '1.2')).toEqual([]);
  });

  test('fails validation when the manifest is wrong (the check can fail)', () => {
    expect(
      validateManifest(
        manifest12(input).replace('<resources>', '<resourcez>').replace('</resources>', '</resourcez>'),
        '1.2',
      ),
    ).not.toEqual([]);
  });
});

describe('manifest2004', () => {
  test('validates against the SCORM 2004 4th edition XSDs', () => {
    expect(validateManifest(manifest2004(input), '2004')).toEqual([]);
  });

  test('returns the passing score and one objective per learning outcome', () => {
    const xml = manifest2004(input);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    // Every objective states the mastery: Moodle defaults a missing one to 1.0 (a 100 % pass mark).
    expect(xml.match(/<imsss:minNormalizedMeasure>0\.8<\/imsss:minNormalizedMeasure>/g)).toHaveLength(
      input.outcomes.length + 1,
    );
    for (const id of input.outcomes)
      expect(xml).toContain(`<imsss:objective objectiveID="${id}" satisfiedByMeasure="true">`);
    expect(xml).toContain('adlcp:scormType="sco" href="kurs.html"');
  });
});

describe('escapeXml', () => {
  test('returns text safe in elements and attributes', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
