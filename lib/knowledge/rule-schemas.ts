import { z } from 'zod';
import { Requirement } from '../analysis';
import certContextJson from '../../data/cert-context.json';
import requirementRulesJson from '../../data/requirement-rules.json';
import { CertFamily, KebabId } from './schemas';

const Phrase = z.string().trim().min(1);
const Example = z.string().trim().min(3);
const Rule = z.object({ phrase: Phrase, example: Example }).strict();

export const CueKind = z.enum(['required', 'desirable', 'not-required', 'negated-required']);
export type CueKind = z.infer<typeof CueKind>;

/** data/requirement-rules.json: how strongly an advert asks for a certificate. */
export const RequirementRulesSchema = z
  .object({
    $comment: z.string().optional(),
    cues: z.array(Rule.extend({ kind: CueKind }).strict()).min(1),
    /** Section headings that set the strength for the lines under them. */
    headings: z.array(Rule.extend({ kind: z.union([Requirement, z.literal('neutral')]) }).strict()).min(1),
    /** Words before or after a name that make it the method rather than the certificate. */
    methodBefore: z.array(Rule),
    methodAfter: z.array(Rule),
  })
  .strict();
export type RequirementRules = z.infer<typeof RequirementRulesSchema>;

/** data/cert-context.json: when a name in an advert is a certificate and when it is something else. */
export const CertContextSchema = z
  .object({
    $comment: z.string().optional(),
    /** Words that say a certificate is meant: a name that is also an everyday word needs one nearby. */
    certWords: z.array(Rule).min(1),
    /** Looser words that make a bare acronym a certificate or its method. */
    contextWords: z.array(Rule),
    awardingBodies: z.array(Rule),
    /** Aliases that are everyday words in some sector, with what they mean there. */
    sectorNames: z.array(z.object({ alias: Phrase, elsewhere: Phrase, example: Example, trap: Example }).strict()),
    /** Words that may stand beside a name and its requirement cue when the cue alone vouches for it ("MSP would be highly desirable"). */
    cueFillers: z.object({ words: z.array(Phrase).min(1), example: Example }).strict(),
    /** Longer names of other things that hold a certificate's name. */
    otherNames: z.array(Rule.extend({ meaning: Phrase }).strict()),
    /** Names that mean a certificate only in a list of certifications ("certifications such as Scrum"). */
    listNames: z.array(Rule.extend({ cert: KebabId }).strict()),
    /** Ways of writing part of a certificate's name that its aliases do not spell out. */
    spellings: z.array(z.object({ written: Phrase, for: Phrase, example: Example }).strict()),
    /** Families made for PMO work, recommended before general project-management ones. */
    pmoFamilies: z.array(z.object({ family: CertFamily, example: Example }).strict()).min(1),
  })
  .strict();
export type CertContext = z.infer<typeof CertContextSchema>;

let requirementRules: RequirementRules | null = null;
let certContext: CertContext | null = null;

/** The validated requirement rules; throws with every problem listed if the file is malformed. */
export function loadRequirementRules(): RequirementRules {
  return (requirementRules ??= RequirementRulesSchema.parse(requirementRulesJson));
}

/** The validated certificate context rules; throws with every problem listed if the file is malformed. */
export function loadCertContext(): CertContext {
  return (certContext ??= CertContextSchema.parse(certContextJson));
}

/** Rules validated when the extension was built: taken as they are. */
export function installMatchRules(rules: { requirementRules: RequirementRules; certContext: CertContext }): void {
  requirementRules = rules.requirementRules;
  certContext = rules.certContext;
}

/** For the build: both files parse, and every listed certificate id exists. */
export function validateMatchRules(certIds: ReadonlySet<string>): void {
  RequirementRulesSchema.parse(requirementRulesJson);
  const ctx = CertContextSchema.parse(certContextJson);
  const unknown = ctx.listNames.filter((l) => !certIds.has(l.cert)).map((l) => `data/cert-context.json: listNames: "${l.phrase}" names unknown certification "${l.cert}"`);
  if (unknown.length) throw new Error(unknown.join('\n'));
}
