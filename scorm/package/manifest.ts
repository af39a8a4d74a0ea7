import { el, toXml, type XmlElement } from './xml.ts';

/** What a manifest says about the course (from content/course/course.yaml and the build). */
export interface ManifestInput {
  /** Stable course id (manifest identifier). */
  id: string;
  title: string;
  description: string;
  version: string;
  /** Content language, e.g. `pl`. */
  language: string;
  /** Percent the learner must score to pass. */
  masteryScore: number;
  /**
   * Write 1.2's adlcp:masteryscore. An LMS that has it may turn the status into
   * passed/failed at LMSFinish whenever a score exists (Moodle 4.5:
   * mod/scorm/datamodels/scorm_12.js StoreData), which would end a learner's
   * attempt after a failed try: left out when the course holds terminal
   * statuses back (course.yaml completion.terminalStatus: hold).
   */
  masteryScore12: boolean;
  /** Learning outcome ids: SCORM 2004 objectives of the SCO. */
  outcomes: string[];
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package, relative to its root, forward slashes. */
  files: string[];
}

export type ScormVersion = '1.2' | '2004';

/** The XSDs each version's package carries at its root (ADL conformance expects them there). */
export const SCHEMA_FILES: Record<ScormVersion, string[]> = {
  '1.2': ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'],
  '2004': [
    'imscp_v1p1.xsd',
    'adlcp_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

const ITEM = 'item-course';
const RESOURCE = 'resource-course';
const ORG = 'org-course';

const files = (input: ManifestInput) => input.files.map((href) => el('file', { href }));

/** IEEE LOM as SCORM 1.2 carries it (imsmd_rootv1p2p1): title, description, language. */
function lom12(input: ManifestInput): XmlElement {
  const lang = (text: string) => el('imsmd:langstring', { 'xml:lang': input.language }, text);
  return el(
    'imsmd:lom',
    {},
    el(
      'imsmd:general',
      {},
      el('imsmd:title', {}, lang(input.title)),
      el('imsmd:language', {}, input.language),
      el('imsmd:description', {}, lang(input.description)),
    ),
    el('imsmd:lifecycle', {}, el('imsmd:version', {}, lang(input.version))),
  );
}

/** imsmanifest.xml for SCORM 1.2 (CAM 1.2): one SCO, with the mastery score on the item when asked for. */
export function manifest12(input: ManifestInput): string {
  return toXml(
    el(
      'manifest',
      {
        identifier: input.id,
        version: input.version,
        xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
        'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation':
          'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
          'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ' +
          'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2'), lom12(input)),
      el(
        'organizations',
        { default: ORG },
        el(
          'organization',
          { identifier: ORG },
          el('title', {}, input.title),
          el(
            'item',
            { identifier: ITEM, identifierref: RESOURCE, isvisible: 'true' },
            el('title', {}, input.title),
            ...(input.masteryScore12 ? [el('adlcp:masteryscore', {}, String(input.masteryScore))] : []),
          ),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          { identifier: RESOURCE, type: 'webcontent', 'adlcp:scormtype': 'sco', href: input.launch },
          ...files(input),
        ),
      ),
    ),
  );
}

/** IEEE LOM (inline, laxly validated) for SCORM 2004: title, description, language. */
function lom2004(input: ManifestInput): XmlElement {
  const text = (value: string) => el('string', { language: input.language }, value);
  return el(
    'lom',
    { xmlns: 'http://ltsc.ieee.org/xsd/LOM' },
    el(
      'general',
      {},
      el('title', {}, text(input.title)),
      el('language', {}, input.language),
      el('description', {}, text(input.description)),
    ),
    el('lifeCycle', {}, el('version', {}, text(input.version))),
  );
}

/**
 * imsmanifest.xml for SCORM 2004 4th edition: one SCO; the primary objective
 * carries the passing score (cmi.scaled_passing_score), one objective per
 * learning outcome; completion and success are set by the content. Every
 * objective states the course's mastery as its minNormalizedMeasure: Moodle
 * 4.5 takes an objective without one as 1.0 and hands the SCO the last
 * objective's value as cmi.scaled_passing_score (mod/scorm/datamodels/
 * scormlib.php scorm_get_manifest, scorm_13lib.php get_scorm_default).
 */
export function manifest2004(input: ManifestInput): string {
  return toXml(
    el(
      'manifest',
      {
        identifier: input.id,
        version: input.version,
        xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
        'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
        'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
        'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation':
          'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd ' +
          'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd ' +
          'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd ' +
          'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd ' +
          'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '2004 4th Edition'), lom2004(input)),
      el(
        'organizations',
        { default: ORG },
        el(
          'organization',
          { identifier: ORG },
          el('title', {}, input.title),
          el(
            'item',
            { identifier: ITEM, identifierref: RESOURCE },
            el('title', {}, input.title),
            el(
              'imsss:sequencing',
              {},
              el(
                'imsss:objectives',
                {},
                el(
                  'imsss:primaryObjective',
                  { objectiveID: 'course', satisfiedByMeasure: 'true' },
                  el('imsss:minNormalizedMeasure', {}, String(input.masteryScore / 100)),
                ),
                ...input.outcomes.map((id) =>
                  el(
                    'imsss:objective',
                    { objectiveID: id, satisfiedByMeasure: 'true' },
                    el('imsss:minNormalizedMeasure', {}, String(input.masteryScore / 100)),
                  ),
                ),
              ),
              el('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }),
            ),
          ),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          { identifier: RESOURCE, type: 'webcontent', 'adlcp:scormType': 'sco', href: input.launch },
          ...files(input),
        ),
      ),
    ),
  );
}
