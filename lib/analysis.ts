import { z } from 'zod';
import { LEVEL_IDS, OFFICE_IDS, REQUIREMENTS } from './ids';

export { LEVEL_ORDER, REQUIREMENT_RANK } from './ids';
export const LevelId = z.enum(LEVEL_IDS);
export type LevelId = z.infer<typeof LevelId>;
export const OfficeId = z.enum(OFFICE_IDS);
export type OfficeId = z.infer<typeof OfficeId>;
export const Requirement = z.enum(REQUIREMENTS);
export type Requirement = z.infer<typeof Requirement>;

/** Which group of cues a piece of evidence belongs to, so readers need not parse its reason. */
export const EvidenceKind = z.enum(['title', 'seniority', 'grade', 'pay', 'duty', 'self', 'mention', 'reports', 'words', 'not-pmo']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
export const EvidenceSchema = z.object({ text: z.string(), reason: z.string(), kind: EvidenceKind.optional() });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const LinkSchema = z.object({ label: z.string(), url: z.string().url() });


/** A fact read from the advert always carries the advert's own words it came from. */
const factText = z.string();
export const Currency = z.string().regex(/^[A-Z]{3}$/);
export const PayPeriod = z.enum(['year', 'month', 'day', 'hour']);
export type PayPeriod = z.infer<typeof PayPeriod>;
export const ContractType = z.enum(['permanent', 'fixed-term', 'contract', 'interim', 'temporary', 'secondment']);
export type ContractType = z.infer<typeof ContractType>;
export const WorkplaceType = z.enum(['remote', 'hybrid', 'on-site']);
export type WorkplaceType = z.infer<typeof WorkplaceType>;
/** Clearance levels; other schemes' ids are lower-case hyphenated words. */
export const ClearanceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40);
export type ClearanceId = z.infer<typeof ClearanceId>;
export const ClearanceRequirement = z.enum(['required', 'willing', 'mentioned']);

/** The advert facts of DESIGN.md: each null when the advert does not say. */
export const FactsSchema = z.object({
  closingDate: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: factText }).nullable(),
  postedDate: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: factText }).nullable(),
  pay: z
    .object({
      min: z.number().nullable(),
      max: z.number().nullable(),
      currency: Currency,
      period: PayPeriod,
      annualMin: z.number().nullable(),
      annualMax: z.number().nullable(),
      text: factText,
    })
    .nullable(),
  contract: z
    .object({ type: ContractType, months: z.number().nullable(), ir35: z.enum(['inside', 'outside']).nullable(), text: factText })
    .nullable(),
  hours: z.object({ type: z.enum(['full-time', 'part-time']), perWeek: z.number().nullable(), text: factText }).nullable(),
  workplace: z.object({ type: WorkplaceType, daysOnSite: z.number().nullable(), text: factText }).nullable(),
  clearance: z.object({ level: ClearanceId, requirement: ClearanceRequirement, text: factText }).nullable(),
  grade: z.object({ scheme: z.string(), value: z.string(), text: factText }).nullable(),
  tools: z.array(z.object({ id: z.string(), label: z.string(), text: factText })),
  agency: z.object({ isAgency: z.boolean(), name: z.string().nullable(), text: factText }).nullable(),
});
export type Facts = z.infer<typeof FactsSchema>;

export const FitKind = z.enum(['certification', 'skill', 'tool', 'clearance']);
/** What the advert asks set against what the reader holds: counts, never one percentage. */
export const FitSchema = z.object({
  asked: z.array(z.object({ kind: FitKind, id: z.string(), label: z.string(), requirement: Requirement, held: z.boolean() })),
  heldCount: z.number().int().min(0),
  askedCount: z.number().int().min(0),
  requiredMissing: z.array(z.string()),
  nextSteps: z.array(z.object({ id: z.string(), reason: z.string() })),
});
export type Fit = z.infer<typeof FitSchema>;

/** The Analysis contract of DESIGN.md; extra fields are additions, never replacements. */
export const AnalysisSchema = z.object({
  isPmoRole: z.boolean(),
  level: z.object({
    id: LevelId.nullable(),
    confidence: z.number().min(0).max(1),
    evidence: z.array(EvidenceSchema),
  }),
  offices: z.array(z.object({ id: OfficeId, score: z.number() })),
  /** True when the office cues are too weak to name one: the scores are then low and only a guess. */
  officeUnclear: z.boolean().optional(),
  /** `requirement`: how strongly the advert asks for the skill, read as for certificates. */
  skills: z.array(z.object({ id: z.string(), label: z.string(), matches: z.array(z.string()), requirement: Requirement.optional() })),
  certificationsMentioned: z.array(
    z.object({
      id: z.string(),
      family: z.string(),
      requirement: Requirement,
      text: z.string(),
      name: z.string().optional(),
      status: z.string().optional(),
      /** Shown beside a legacy certificate: what replaced it and when. */
      note: z.string().optional(),
      /** Only with a profile: the reader holds it, or one that includes or replaced it. */
      held: z.boolean().optional(),
    }),
  ),
  recommendations: z.array(
    z.object({
      id: z.string(),
      family: z.string(),
      score: z.number(),
      reasons: z.array(z.string()),
      links: z.array(LinkSchema),
      name: z.string().optional(),
      held: z.boolean().optional(),
      nextStep: z.boolean().optional(),
      uncertain: z.boolean().optional(),
    }),
  ),
  /** Why the advert was not analysed as a PMO role, when it was not (e.g. another language). */
  notices: z
    .array(z.object({ code: z.enum(['language', 'truncated', 'empty', 'not-pmo', 'delivery-role']), message: z.string() }))
    .optional(),
  language: z.string().optional(),
  /** Optional only so analyses saved before facts were read still validate. */
  facts: FactsSchema.optional(),
  /** Only with a profile. */
  fit: FitSchema.optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

const ProfileId = z.string().trim().min(1).max(100);
/** What the reader wants of a job; the watchlist page uses these to sort and filter. */
export const PreferencesSchema = z.object({
  /** Lowest yearly pay worth applying for, in the currency adverts state; null when not given. */
  payFloor: z.number().nonnegative().max(10_000_000).nullable().default(null),
  workplace: z.array(WorkplaceType).max(3).default([]),
  contract: z.array(ContractType).max(6).default([]),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/**
 * What the reader says about themselves; edited on the watchlist page. Every field has a
 * default, so a profile stored or exported before a field existed still reads.
 */
export const ProfileSchema = z.object({
  held: z.array(z.string()).default([]),
  targetLevel: LevelId.nullable().default(null),
  skills: z.array(ProfileId).max(300).default([]),
  tools: z.array(ProfileId).max(300).default([]),
  clearance: ClearanceId.nullable().default(null),
  yearsInPmo: z.number().min(0).max(60).nullable().default(null),
  preferences: PreferencesSchema.default(() => ({ payFloor: null, workplace: [], contract: [] })),
});
export type Profile = z.infer<typeof ProfileSchema>;
/** A profile as written by hand or by an older version: missing fields mean "not given". */
export type ProfileInput = z.input<typeof ProfileSchema>;
/** A complete profile from any partial one. */
export const toProfile = (p: ProfileInput = {}): Profile => ProfileSchema.parse(p);
